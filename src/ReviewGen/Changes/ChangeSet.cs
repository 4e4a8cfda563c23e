namespace ReviewGen.Changes;

/// <summary>
/// The head-side lines a change touched, per file, by path relative to the repository root (forward slashes). A file
/// git does not track yet is touched on every line.
/// </summary>
public sealed class ChangeSet
{
    private readonly Dictionary<string, int[]> _lines;
    private readonly HashSet<string> _wholeFiles;

    private ChangeSet(Dictionary<string, int[]> lines, HashSet<string> wholeFiles)
    {
        _lines = lines;
        _wholeFiles = wholeFiles;
    }

    /// <param name="files">The diff from the merge base to the head; deleted files have no head side and touch nothing.</param>
    /// <param name="wholeFiles">Files new in the working tree that git does not track, every line of which is added.</param>
    public static ChangeSet From(IEnumerable<FileChange> files, IEnumerable<string> wholeFiles)
    {
        var lines = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.NewPath is not null && f.TouchedLines.Count > 0))
            lines[file.NewPath!] = [.. file.TouchedLines.Order()];
        return new ChangeSet(lines, wholeFiles.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Every file with at least one touched line, sorted.</summary>
    public IReadOnlyList<string> Paths => [.. _lines.Keys.Concat(_wholeFiles).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public bool Touches(string repositoryPath, int startLine, int endLine) => FirstTouchedLine(repositoryPath, startLine, endLine) is not null;

    /// <summary>The first line of the range the change touched, where a comment on the diff can be put; null when none.</summary>
    public int? FirstTouchedLine(string repositoryPath, int startLine, int endLine)
    {
        if (_wholeFiles.Contains(repositoryPath))
            return startLine;
        if (!_lines.TryGetValue(repositoryPath, out var lines))
            return null;
        // The first touched line at or after the start decides: it is inside the range or past it.
        var index = Array.BinarySearch(lines, startLine);
        if (index < 0)
            index = ~index;
        return index < lines.Length && lines[index] <= endLine ? lines[index] : null;
    }
}
