using System.Reflection;
using ReviewGen.Catalog;
using ReviewGen.Discovery;
using ReviewGen.Loading;
using ReviewGen.Review.Baselines;
using ReviewGen.Review.Suppressions;
using ReviewGen.Rules;
using ReviewGen.Settings;
using ReviewGen.Text;

namespace ReviewGen.Review;

/// <summary>
/// Entry point of the review stage: turns what loading, discovery and the rules found into the review model. It
/// runs while the workspace is alive (excerpts are classified here) and produces a model that needs nothing else.
/// </summary>
public static class ReviewBuilder
{
    /// <param name="baseline">Findings accepted earlier, hidden from this review; null to hide none.</param>
    /// <param name="settings">The repository's configuration: how test and sample code is reported, which rules it configured.</param>
    public static async Task<ReviewModel> BuildAsync(
        LoadedSolution loaded,
        DiscoveryResult discovery,
        RuleResults results,
        TlsSymbolCatalog catalog,
        IReadOnlySet<TlsCategory> categories,
        BaselineFile? baseline,
        ReviewSettings settings,
        CancellationToken ct)
    {
        // Fingerprints are of every finding the rules found, suppressed, turned off or not, so that hiding one does not change another's.
        var fingerprintsFound = FindingFingerprint.Of(results.Findings);
        var policy = new SeverityPolicy(settings, new EditorConfigSeverities(), path => Path.GetFullPath(Path.Combine(loaded.RootDirectory, path)), discovery);
        var reported = policy.Apply(results.Findings);
        var fingerprints = new Dictionary<RuleFinding, string>(ReferenceEqualityComparer.Instance);
        foreach (var (found, finding) in reported)
            fingerprints[finding] = fingerprintsFound[found];
        var triage = await FindingTriage.SortAsync(ReportOrder(reported.Select(r => r.Reported)), fingerprints, new SourceSuppressions(discovery, loaded.RelativePath), baseline, ct);

        // Apart, test and sample code is left out of everything that describes the solution's own TLS code.
        var separate = settings.TestCode == TestCodeMode.Separate;
        bool Described(string path) => !separate || discovery.KindOf(path) == CodeKind.Production;

        var scope = Scope(loaded, discovery, categories, triage.Suppressed.Where(s => s.Kind == SuppressedFinding.InSource && s.Justification is null)) with
        {
            Settings = Summary(loaded, discovery, settings, policy.EditorConfigOverrides),
            Excluded = discovery.Excluded.Select(f => new ExcludedFileScope(f.Path, f.Setting, f.Value)).ToArray(),
        };
        var ranRules = results.Catalog.Rules.Where(r => categories.Contains(r.Category)).ToArray();
        var rules = ranRules.Select(Summary).ToArray();
        var findings = await ModelsAsync(triage.Active.Where(f => Described(f.Path)).ToArray(), "F", fingerprints, discovery, ct);
        var apart = separate ? await ModelsAsync(triage.Active.Where(f => !Described(f.Path)).ToArray(), "T", fingerprints, discovery, ct) : null;
        var suppressedModels = await ModelsAsync(triage.Suppressed.Select(s => s.Finding).ToArray(), "S", fingerprints, discovery, ct);
        var suppressed = triage.Suppressed.Zip(suppressedModels, (s, model) => new SuppressedFinding(model, s.Kind, s.Syntax, s.Justification, s.Location)).ToArray();
        var writer = new CategoryWriter(catalog, scope);
        var sections = CategoryInfo.All
            .Where(c => categories.Contains(c.Category))
            .Select(c => writer.Write(
                c,
                discovery.Regions.Where(r => r.Category == c.Category && Described(r.Path)).ToArray(),
                results.Observations.Where(o => o.Category == c.Category && Described(o.Path)).ToArray(),
                ranRules.Where(r => r.Category == c.Category).ToArray(),
                findings.Where(f => f.Category == c.MachineName).ToArray(),
                suppressedModels.Where(f => f.Category == c.MachineName && Described(f.Location.Path)).ToArray(),
                discovery.Regions.Count(r => r.Category == c.Category && !Described(r.Path))))
            .ToArray();
        var testAndSample = apart is null ? null : TestAndSampleWriter.Write(discovery, apart);
        return new ReviewModel(
            ReviewModel.CurrentSchemaVersion,
            Tool(),
            new SolutionInfo(loaded.Name, Path.GetFileName(loaded.InputPath)),
            scope,
            VerdictWriter.Write(findings, sections, scope, ranRules.Length, suppressed, triage.Baseline, testAndSample),
            findings,
            suppressed,
            triage.Baseline,
            sections,
            rules,
            VerdictWriter.NextSteps(findings, rules, scope))
        {
            TestAndSample = testAndSample,
        };
    }

    private static RuleFinding[] ReportOrder(IEnumerable<RuleFinding> found) =>
        found
            .OrderByDescending(f => f.Rule.Severity)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.StartLine)
            .ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .ToArray();

    /// <param name="idPrefix">"F" for active findings, "T" for those in test and sample code reported apart, "S" for suppressed ones: each numbered in report order.</param>
    private static async Task<IReadOnlyList<FindingModel>> ModelsAsync(
        IReadOnlyList<RuleFinding> ordered, string idPrefix, IReadOnlyDictionary<RuleFinding, string> fingerprints, DiscoveryResult discovery, CancellationToken ct)
    {
        var models = new List<FindingModel>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var f = ordered[i];
            var excerpt = await ExcerptBuilder.BuildAsync(f.Place, ct);
            models.Add(new FindingModel(
                $"{idPrefix}{i + 1}",
                f.Rule.Id,
                f.Rule.Title,
                f.Rule.Severity.MachineName(),
                CategoryInfo.Of(f.Rule.Category).MachineName,
                f.Rule.Cwe,
                f.Message,
                f.Rule.Remediation,
                f.Rule.References,
                new SourceLocation(f.Path, f.StartLine, f.EndLine),
                f.Member,
                f.Place.MemberPhrase,
                f.TargetFrameworks,
                f.Related.Select(r => new RelatedLocation(new SourceLocation(r.Path, r.StartLine, r.EndLine), r.Description)).ToArray(),
                excerpt,
                fingerprints[f])
            {
                CodeKind = discovery.KindOf(f.Path).MachineName(),
            });
        }
        return models;
    }

    /// <param name="unexplained">Suppressions in the code that give no reason: they still hide their finding, and the scope says so.</param>
    private static ReviewScope Scope(
        LoadedSolution loaded, DiscoveryResult discovery, IReadOnlySet<TlsCategory> categories, IEnumerable<FindingTriage.Hidden> unexplained)
    {
        var projects = loaded.Projects
            .Select(p =>
            {
                var binding = discovery.Bindings.FirstOrDefault(b => b.ProjectPath == p.FilePath);
                return new ProjectScope(
                    p.Name,
                    loaded.RelativePath(p.FilePath),
                    p.Targets.Select(t => t.TargetFramework).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
                    p.Status.ToString().ToLowerInvariant(),
                    binding?.Documents ?? 0,
                    binding?.UnboundNames ?? [],
                    p.Reason)
                {
                    CodeKind = discovery.ProjectKinds[loaded.RelativePath(p.FilePath)].MachineName(),
                };
            })
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ToArray();
        var compileErrors = discovery.Bindings.Where(b => b.CompileErrors > 0).Select(b => new LoadProblem("warning", "binding",
            $"{b.CompileErrors} compile error{(b.CompileErrors == 1 ? "" : "s")} in the TLS code of this project: the review is of code that does not fully compile",
            loaded.RelativePath(b.ProjectPath)));
        var reasonless = unexplained.Select(s => new LoadProblem("warning", "suppression",
            $"{s.Finding.Rule.Id} is suppressed by {Written(s.Syntax)} on line {s.Location!.StartLine} without a reason; write why, so that a reviewer can judge it",
            s.Location!.Path));
        var problems = loaded.Diagnostics
            .Select(d => new LoadProblem(d.Severity.ToString().ToLowerInvariant(), d.Source, d.Message, d.FilePath is null ? null : loaded.RelativePath(d.FilePath)))
            .Concat(compileErrors)
            .Concat(reasonless)
            .Distinct()
            .OrderBy(p => p.Path ?? "", StringComparer.Ordinal).ThenBy(p => p.Source, StringComparer.Ordinal).ThenBy(p => p.Message, StringComparer.Ordinal)
            .ToArray();
        var categoryNames = CategoryInfo.All.Where(c => categories.Contains(c.Category)).Select(c => c.MachineName).ToArray();
        var tlsDocuments = discovery.Regions.Select(r => r.Path).Distinct(StringComparer.Ordinal).Count();
        var configuration = discovery.ConfigurationFiles
            .Select(f => new ConfigurationFileScope(f.Path, f.Project, f.Format.ToString().ToLowerInvariant(), f.Settings.Count, f.Error))
            .ToArray();
        return new ReviewScope(projects, discovery.DocumentsReviewed, discovery.LinesReviewed, tlsDocuments, categoryNames, problems, configuration);
    }

    private static SettingsSummary Summary(LoadedSolution loaded, DiscoveryResult discovery, ReviewSettings settings, IReadOnlyList<EditorConfigOverride> editorConfig) => new(
        settings.SourcePath is { } file ? loaded.RelativePath(file) : null,
        settings.TestCode.ToString().ToLowerInvariant(),
        settings.Exclude.Select(p => new ExcludeSummary(p.Text, discovery.Excluded.Count(f => f.Setting == "exclude" && f.Value == p.Text))).ToArray(),
        settings.Rules.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new RuleOverride(r.Key, r.Value.Severity?.MachineName() ?? "off")).ToArray(),
        CategoryInfo.All.Where(c => settings.CategoriesOff.Contains(c.Category)).Select(c => c.MachineName).ToArray(),
        editorConfig);

    private static string Written(string syntax) => syntax switch
    {
        SourceSuppression.IgnoreComment => "a // reviewgen-ignore comment",
        SourceSuppression.Pragma => "#pragma warning disable",
        _ => "[SuppressMessage]",
    };

    private static RuleSummary Summary(RuleDefinition rule) => new(
        rule.Id, rule.Title, CategoryInfo.Of(rule.Category).MachineName, rule.Severity.MachineName(), rule.Cwe,
        rule.Description, rule.Remediation, rule.References);

    private static ToolInfo Tool()
    {
        var version = typeof(ReviewBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return new ToolInfo("ReviewGen", version);
    }
}
