namespace ReviewGen.Cli;

/// <summary>
/// Which file each format goes to (null: standard output), decided before the slow work so that a bad <c>-o</c>
/// fails at once: one format to the file named, or to standard output without <c>-o</c>; several to a folder.
/// </summary>
internal static class OutputTargets
{
    /// <param name="fileName">The file a format is written to in an output folder.</param>
    public static IReadOnlyDictionary<string, string?> Resolve(IReadOnlyList<string> formats, string? output, Func<string, string> fileName)
    {
        if (output is null)
        {
            return formats.Count == 1
                ? new Dictionary<string, string?> { [formats[0]] = null }
                : throw new UsageException("several formats need -o DIR to write them to");
        }
        if (formats.Count > 1 || Directory.Exists(output))
        {
            if (File.Exists(output))
            {
                throw new UsageException($"{output} is a file; several formats need -o DIR");
            }
            return formats.ToDictionary(f => f, f => (string?)Path.Combine(output, fileName(f)));
        }
        return new Dictionary<string, string?> { [formats[0]] = output };
    }
}
