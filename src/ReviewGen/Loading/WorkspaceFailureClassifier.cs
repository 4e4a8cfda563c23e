using System.Text.RegularExpressions;

namespace ReviewGen.Loading;

/// <summary>Sorts what MSBuildWorkspace reports as failures into real load errors and the NuGet warnings it also reports that way.</summary>
internal static partial class WorkspaceFailureClassifier
{
    /// <param name="reportedAsFailure">The workspace's own kind: true for <c>WorkspaceDiagnosticKind.Failure</c>.</param>
    /// <param name="rootDirectory">Absolute paths under it are shown relative to it in the message.</param>
    public static LoadDiagnostic Classify(string message, bool reportedAsFailure, string rootDirectory)
    {
        // NuGet warnings (NU1603, NU1701…) reach the handler as failures although the project loaded fine.
        var isWarning = !reportedAsFailure || message.Contains("warning NU", StringComparison.OrdinalIgnoreCase);
        var rootPrefix = Path.TrimEndingDirectorySeparator(rootDirectory) + Path.DirectorySeparatorChar;
        var projectPath = ProjectPath().Match(message);
        return new LoadDiagnostic(
            isWarning ? LoadDiagnosticSeverity.Warning : LoadDiagnosticSeverity.Error,
            "msbuild",
            OneLine(message).Replace(rootPrefix, "", StringComparison.Ordinal),
            projectPath.Success ? projectPath.Groups["path"].Value : null);
    }

    /// <summary>
    /// The failures without those that only repeat a restore warning: the workspace reports some NuGet warnings
    /// (NU1603) again as failures, without their code, although the project loaded fine.
    /// </summary>
    public static IEnumerable<LoadDiagnostic> WithoutRestoreEchoes(IEnumerable<LoadDiagnostic> failures, IEnumerable<LoadDiagnostic> restore)
    {
        var warnings = restore.Where(d => d is { Source: "restore", Severity: LoadDiagnosticSeverity.Warning })
            .Select(d => RestoreCode().Replace(d.Message, "").Trim())
            .Where(text => text.Length > 0)
            .ToArray();
        return failures.Where(f => !warnings.Any(text => f.Message.Contains(text, StringComparison.Ordinal)));
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [GeneratedRegex(@"^NU\d{4}:\s*")]
    private static partial Regex RestoreCode();

    // The first absolute path to a project file: '/src/App/App.csproj' or 'C:\src\App\App.csproj', quoted or not.
    [GeneratedRegex("""(?<path>(?:[A-Za-z]:[\\/]|/)[^'"\r\n]*?\.[A-Za-z]*proj)\b""")]
    private static partial Regex ProjectPath();
}
