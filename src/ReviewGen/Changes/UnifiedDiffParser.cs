using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewGen.Changes;

/// <summary>
/// Reads the output of <c>git diff</c> (any context size, renames detected) into the lines each file's head side
/// had touched. Hunk bodies are consumed by the counts of their header, so a removed line that reads
/// <c>-- x</c> is never mistaken for a file header.
/// </summary>
public static partial class UnifiedDiffParser
{
    private const string DevNull = "/dev/null";

    public static IReadOnlyList<FileChange> Parse(string diff)
    {
        var files = new List<FileChange>();
        FileBuilder? file = null;
        Hunk? hunk = null;
        foreach (var line in diff.Split('\n'))
        {
            if (hunk is not null && file is not null)
            {
                hunk.Read(line, file.Touched);
                if (hunk.Done)
                {
                    hunk.Finish(file.Touched);
                    hunk = null;
                }
                continue;
            }
            if (line.StartsWith("diff --git ", StringComparison.Ordinal))
            {
                if (file is not null)
                    files.Add(file.Build());
                file = FileBuilder.FromGitHeader(line["diff --git ".Length..]);
                continue;
            }
            if (file is null)
                continue;
            if (line.StartsWith("@@ ", StringComparison.Ordinal))
            {
                hunk = Hunk.Open(line);
                if (hunk.Done)
                {
                    hunk.Finish(file.Touched);
                    hunk = null;
                }
            }
            else
            {
                file.ReadHeader(line);
            }
        }
        if (file is not null)
            files.Add(file.Build());
        return files;
    }

    [GeneratedRegex(@"^@@ -(?<oldStart>\d+)(?:,(?<oldCount>\d+))? \+(?<newStart>\d+)(?:,(?<newCount>\d+))? @@")]
    private static partial Regex HunkHeader();

    private sealed class FileBuilder
    {
        private string? _oldPath;
        private string? _newPath;
        private FileChangeKind _kind = FileChangeKind.Modified;
        private bool _binary;

        public SortedSet<int> Touched { get; } = [];

        /// <summary>The paths of <c>diff --git a/x b/y</c>: the only ones a new empty, binary or mode-only file has.</summary>
        public static FileBuilder FromGitHeader(string paths)
        {
            var (oldPath, newPath) = SplitGitHeader(paths);
            return new FileBuilder { _oldPath = WithoutPrefix(oldPath, "a/"), _newPath = WithoutPrefix(newPath, "b/") };
        }

        public void ReadHeader(string line)
        {
            if (line.StartsWith("--- ", StringComparison.Ordinal))
                _oldPath = SidePath(line[4..], "a/");
            else if (line.StartsWith("+++ ", StringComparison.Ordinal))
                _newPath = SidePath(line[4..], "b/");
            else if (line.StartsWith("rename from ", StringComparison.Ordinal))
                (_kind, _oldPath) = (FileChangeKind.Renamed, QuotedPath.Decode(line["rename from ".Length..]));
            else if (line.StartsWith("rename to ", StringComparison.Ordinal))
                (_kind, _newPath) = (FileChangeKind.Renamed, QuotedPath.Decode(line["rename to ".Length..]));
            else if (line.StartsWith("copy from ", StringComparison.Ordinal))
                (_kind, _oldPath) = (FileChangeKind.Copied, QuotedPath.Decode(line["copy from ".Length..]));
            else if (line.StartsWith("copy to ", StringComparison.Ordinal))
                (_kind, _newPath) = (FileChangeKind.Copied, QuotedPath.Decode(line["copy to ".Length..]));
            else if (line.StartsWith("new file mode ", StringComparison.Ordinal))
                _kind = FileChangeKind.Added;
            else if (line.StartsWith("deleted file mode ", StringComparison.Ordinal))
                _kind = FileChangeKind.Deleted;
            else if (line.StartsWith("Binary files ", StringComparison.Ordinal) || line == "GIT binary patch")
                _binary = true;
        }

        public FileChange Build() => new(
            _kind == FileChangeKind.Added ? null : _oldPath,
            _kind == FileChangeKind.Deleted ? null : _newPath,
            _kind,
            _binary,
            [.. Touched]);

        private static string? SidePath(string text, string prefix)
        {
            var path = QuotedPath.Decode(text);
            return path == DevNull ? null : WithoutPrefix(path, prefix);
        }

        private static string? WithoutPrefix(string? path, string prefix) =>
            path is not null && path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : path;

        /// <summary>
        /// "a/x b/y", either side possibly quoted. Unquoted names with spaces are ambiguous; when they are one file
        /// (no rename) the two halves are equal, which splits them, and a rename brings its own "rename from/to" lines.
        /// </summary>
        private static (string? Old, string? New) SplitGitHeader(string paths)
        {
            if (paths.StartsWith('"'))
            {
                var (first, end) = QuotedPath.Read(paths, 0);
                return (first, QuotedPath.Decode(paths[Math.Min(end + 1, paths.Length)..]));
            }
            var quotedSecond = paths.IndexOf(" \"", StringComparison.Ordinal);
            if (quotedSecond > 0 && paths.EndsWith('"'))
                return (paths[..quotedSecond], QuotedPath.Decode(paths[(quotedSecond + 1)..]));
            if ((paths.Length - 1) % 2 == 0)
            {
                var half = (paths.Length - 1) / 2;
                var (left, right) = (paths[..half], paths[(half + 1)..]);
                if (paths[half] == ' ' && left.Length > 2 && left[2..] == right[2..])
                    return (left, right);
            }
            var space = paths.IndexOf(" b/", StringComparison.Ordinal);
            return space > 0 ? (paths[..space], paths[(space + 1)..]) : (null, null);
        }
    }

    /// <summary>One <c>@@ -a,b +c,d @@</c> block, read line by line until its counts are used up.</summary>
    private sealed class Hunk
    {
        private int _oldRemaining;
        private int _newRemaining;
        private int _nextNewLine;
        // Lines were removed since the last added or unchanged line: if nothing is added in their place, the lines
        // either side of the gap are the ones the removal touched.
        private bool _removedRun;

        public bool Done => _oldRemaining <= 0 && _newRemaining <= 0;

        public static Hunk Open(string header)
        {
            var match = HunkHeader().Match(header);
            if (!match.Success)
                throw new FormatException($"Unreadable diff hunk header: {header}");
            var oldCount = Count(match.Groups["oldCount"]);
            var newStart = int.Parse(match.Groups["newStart"].Value, CultureInfo.InvariantCulture);
            var newCount = Count(match.Groups["newCount"]);
            // With no new lines, git names the line before the gap; otherwise the first new line.
            return new Hunk
            {
                _oldRemaining = oldCount,
                _newRemaining = newCount,
                _nextNewLine = newCount == 0 ? newStart + 1 : newStart,
            };
        }

        public void Read(string line, SortedSet<int> touched)
        {
            if (line.StartsWith('\\'))
                return;
            switch (line.Length == 0 ? ' ' : line[0])
            {
                case '+':
                    touched.Add(_nextNewLine++);
                    _newRemaining--;
                    _removedRun = false;
                    break;
                case '-':
                    _oldRemaining--;
                    _removedRun = true;
                    break;
                default:
                    Finish(touched);
                    _nextNewLine++;
                    _oldRemaining--;
                    _newRemaining--;
                    break;
            }
        }

        public void Finish(SortedSet<int> touched)
        {
            if (!_removedRun)
                return;
            if (_nextNewLine > 1)
                touched.Add(_nextNewLine - 1);
            touched.Add(_nextNewLine);
            _removedRun = false;
        }

        private static int Count(Group group) =>
            group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 1;
    }
}
