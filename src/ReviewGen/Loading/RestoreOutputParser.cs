using System.Text.RegularExpressions;

namespace ReviewGen.Loading;

/// <summary>Turns the error and warning lines of <c>dotnet restore</c> output into load diagnostics.</summary>
internal static partial class RestoreOutputParser
{
    /// <param name="rootDirectory">Absolute paths under it are shown relative to it in messages.</param>
    public static IReadOnlyList<LoadDiagnostic> Parse(IEnumerable<string> lines, string rootDirectory)
    {
        var rootPrefix = Path.TrimEndingDirectorySeparator(rootDirectory) + Path.DirectorySeparatorChar;
        return lines
            .Select(line => DiagnosticLine().Match(line))
            .Where(m => m.Success)
            .Select(m => ToDiagnostic(m, rootPrefix))
            .Distinct()
            .ToList();
    }

    private static LoadDiagnostic ToDiagnostic(Match match, string rootPrefix)
    {
        var severity = match.Groups["severity"].Value.Equals("error", StringComparison.OrdinalIgnoreCase)
            ? LoadDiagnosticSeverity.Error
            : LoadDiagnosticSeverity.Warning;
        var code = match.Groups["code"].Value;
        var text = match.Groups["text"].Value.Trim().Replace(rootPrefix, "", StringComparison.Ordinal);
        var file = FirstRootedPath(match.Groups["file"].Value, match.Groups["project"].Value);
        return new LoadDiagnostic(severity, "restore", $"{code}: {text}", file);
    }

    private static string? FirstRootedPath(params string[] candidates) =>
        candidates.Select(c => c.Trim()).FirstOrDefault(c => c.Length > 0 && Path.IsPathFullyQualified(c));

    // "<file>(line,col) : error NU1101: <text> [<project>]", where the file, location and project are optional. Lines
    // without a code ("error : SDK resolver … returned null") only restate a coded one, or the exit code says it.
    [GeneratedRegex("""^\s*(?:(?<file>\S.*?)(?:\([\d,]+\))?\s*:\s*)?(?<severity>error|warning)\s*(?<code>(?:NU|MSB|NETSDK)\d+)\s*:\s*(?<text>.*?)(?:\s+\[(?<project>[^\[\]]+)\])?\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex DiagnosticLine();
}
