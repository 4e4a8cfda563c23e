using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReviewGen.Catalog;

namespace ReviewGen.Settings;

/// <summary>
/// The <c>dotnet_diagnostic.RG0001.severity</c> entries of the <c>.editorconfig</c> files covering a file, read the
/// way the C# compiler reads them: Roslyn parses the files and merges them (sections, globs, closer files winning,
/// <c>root = true</c>, <c>is_global</c>), so a repository's settings mean here what they mean to its build. Like the
/// SDK, every <c>.editorconfig</c> from the file's folder up to the file-system root is handed to Roslyn, which
/// ignores those above the nearest <c>root = true</c> (whether a file is root is not public in Roslyn's API). Only
/// <c>.editorconfig</c> files are looked for: <c>.globalconfig</c> files, which the SDK also finds above a project's
/// files and applies to the whole project, are not. An <c>.editorconfig</c> that says <c>is_global = true</c> is a
/// global config to Roslyn and applies, after the sections covering a file, to the files below its folder (the
/// compiler, handed it for one file of a project, applies it to the whole project). A value that is not a severity is
/// ignored, as the compiler ignores it (with a warning that is not repeated here); an unreadable file is skipped.
/// Used from one thread: the caches are not synchronized.
/// </summary>
public sealed class EditorConfigSeverities
{
    private const string FileName = ".editorconfig";

    // Each folder's chain is its own file (when readable) before its parent's chain: a folder is read once however
    // many files below it have findings.
    private readonly Dictionary<string, IReadOnlyList<AnalyzerConfig>> _configsCoveringFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AnalyzerConfigSet> _setByFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AnalyzerConfigOptionsResult> _optionsByFile = new(StringComparer.Ordinal);

    /// <summary>
    /// The setting the <c>.editorconfig</c> files covering <paramref name="absoluteFilePath"/> give
    /// <paramref name="ruleId"/>; null when none does or it says <c>default</c> (the rule's own severity).
    /// </summary>
    public RuleSetting? For(string absoluteFilePath, string ruleId)
    {
        if (!Path.IsPathFullyQualified(absoluteFilePath))
            throw new ArgumentException($"'{absoluteFilePath}' is not an absolute path.", nameof(absoluteFilePath));
        var path = Path.GetFullPath(absoluteFilePath);
        var set = SetFor(Path.GetDirectoryName(path)!);
        if (!_optionsByFile.TryGetValue(path, out var options))
        {
            options = set.GetOptionsForSourcePath(path);
            _optionsByFile.Add(path, options);
        }
        // The compiler's order: an entry of a section covering the file (even "default") before a global config's.
        if (options.TreeOptions.TryGetValue(ruleId, out var report)
            || set.GlobalConfigOptions.TreeOptions.TryGetValue(ruleId, out report))
            return SettingFor(report);
        return null;
    }

    private static RuleSetting? SettingFor(ReportDiagnostic report) => report switch
    {
        ReportDiagnostic.Suppress or ReportDiagnostic.Hidden => RuleSetting.Off,
        ReportDiagnostic.Info => new RuleSetting(Severity.Low),
        ReportDiagnostic.Warn => new RuleSetting(Severity.Medium),
        ReportDiagnostic.Error => new RuleSetting(Severity.High),
        // Default: the rule keeps its own severity.
        _ => null,
    };

    private AnalyzerConfigSet SetFor(string folder)
    {
        if (!_setByFolder.TryGetValue(folder, out var set))
        {
            set = AnalyzerConfigSet.Create(ConfigsCovering(folder));
            _setByFolder.Add(folder, set);
        }
        return set;
    }

    private IReadOnlyList<AnalyzerConfig> ConfigsCovering(string folder)
    {
        if (_configsCoveringFolder.TryGetValue(folder, out var configs))
            return configs;
        var chain = new List<AnalyzerConfig>();
        if (TryRead(Path.Combine(folder, FileName)) is { } own)
            chain.Add(own);
        if (Path.GetDirectoryName(folder) is { } parent)
            chain.AddRange(ConfigsCovering(parent));
        _configsCoveringFolder.Add(folder, chain);
        return chain;
    }

    private static AnalyzerConfig? TryRead(string editorConfigPath)
    {
        if (!File.Exists(editorConfigPath))
            return null;
        try
        {
            return AnalyzerConfig.Parse(SourceText.From(File.ReadAllText(editorConfigPath)), editorConfigPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
