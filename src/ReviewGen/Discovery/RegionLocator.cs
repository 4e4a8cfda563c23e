using ReviewGen.Discovery.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReviewGen.Loading;
using ReviewGen.Scheduling;

namespace ReviewGen.Discovery;

/// <summary>
/// Entry point of discovery: finds the TLS regions of a loaded solution. Each distinct compilation of a project
/// (its documents and preprocessor symbols) is bound once, so a multi-targeted project whose targets compile the
/// same code is analyzed once, and regions that several targets share are reported once with all their targets.
/// </summary>
public static class RegionLocator
{
    public static async Task<DiscoveryResult> LocateAsync(LoadedSolution loaded, TlsSymbolCatalog catalog, IProgress<string>? progress, CancellationToken ct)
    {
        var scanner = new DocumentScanner(catalog);
        var units = loaded.Projects.Where(p => p.Status != ProjectLoadStatus.Failed)
            .Select(p => (Project: p, Units: CompilationUnits(loaded.Solution, p).ToArray()))
            .ToArray();
        var counter = new StepCounter("Analyzing documents", units.SelectMany(u => u.Units).Sum(u => u.Project.Documents.Count(IsReviewable)), progress);
        var documents = new List<AnalyzedDocument>();
        var bindings = new List<ProjectBinding>();
        var reviewed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (project, projectUnits) in units)
        {
            var unbound = new SortedSet<string>(StringComparer.Ordinal);
            var projectDocuments = new HashSet<string>(StringComparer.Ordinal);
            var compileErrors = 0;
            foreach (var (roslynProject, targetFrameworks) in projectUnits)
            {
                var compilation = await roslynProject.GetCompilationAsync(ct)
                    ?? throw new InvalidOperationException($"{roslynProject.Name} has no compilation");
                foreach (var document in roslynProject.Documents.Where(IsReviewable).OrderBy(d => d.FilePath, StringComparer.Ordinal))
                {
                    counter.Advance();
                    reviewed.Add(document.FilePath!);
                    projectDocuments.Add(document.FilePath!);
                    var tree = await document.GetSyntaxTreeAsync(ct) ?? throw new InvalidOperationException($"{document.FilePath} has no syntax tree");
                    var root = await tree.GetRootAsync(ct);
                    if (!DocumentPrefilter.IsCandidate(root, catalog.PrefilterWords))
                    {
                        continue;
                    }
                    var model = compilation.GetSemanticModel(tree);
                    var members = MemberBodies.Of(model, root, ct).ToArray();
                    var uses = scanner.Scan(members, ct);
                    compileErrors += BindingCheck.Collect(model, root, unbound, ct);
                    if (uses.Count > 0)
                    {
                        documents.Add(new AnalyzedDocument(document, model, loaded.RelativePath(document.FilePath!), targetFrameworks, members, uses));
                    }
                }
            }
            bindings.Add(new ProjectBinding(project.FilePath, projectDocuments.Count, unbound.ToArray(), compileErrors));
        }
        var configuration = loaded.Projects.Where(p => p.Status != ProjectLoadStatus.Failed)
            .SelectMany(p => ConfigurationFileFinder.Read(p.FilePath, p.Name, loaded.RelativePath))
            .DistinctBy(f => f.Path, StringComparer.Ordinal)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToArray();
        return new DiscoveryResult(documents, MergeAcrossTargets(documents.SelectMany(RegionBuilder.Build)), bindings, reviewed.Count, configuration);
    }

    /// <summary>
    /// One Roslyn project per distinct (documents, preprocessor symbols), standing for all the target frameworks that
    /// share it. Results name their target frameworks only in a multi-targeted project, where they tell targets apart;
    /// a single-targeted project's framework is stated once, in the scope.
    /// </summary>
    private static IEnumerable<(Project Project, IReadOnlyList<string> TargetFrameworks)> CompilationUnits(Solution solution, ProjectLoadResult project) =>
        project.Targets
            .Select(t => (Project: solution.GetProject(t.Id), t.TargetFramework))
            .Where(t => t.Project is not null)
            .GroupBy(t => CompilationKey(t.Project!))
            .Select(g => (g.First().Project!, project.Targets.Count > 1
                ? (IReadOnlyList<string>)g.Select(t => t.TargetFramework).OfType<string>().Order(StringComparer.Ordinal).ToArray()
                : []));

    private static string CompilationKey(Project project)
    {
        var symbols = (project.ParseOptions as CSharpParseOptions)?.PreprocessorSymbolNames.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>();
        var files = project.Documents.Select(d => d.FilePath ?? d.Name).Order(StringComparer.Ordinal);
        return string.Join("|", symbols) + "#" + string.Join("|", files);
    }

    /// <summary>Source the developer wrote: not the files MSBuild generates under obj/.</summary>
    private static bool IsReviewable(Document document) =>
        document.FilePath is { } path
        && document.SourceCodeKind == SourceCodeKind.Regular
        && !path.Replace('\\', '/').Split('/').Contains("obj");

    private static IReadOnlyList<TlsRegion> MergeAcrossTargets(IEnumerable<TlsRegion> regions) =>
        regions
            .GroupBy(r => (r.Path, r.StartLine, r.EndLine, r.Member, r.Category))
            .Select(g => g.First() with
            {
                TargetFrameworks = g.SelectMany(r => r.TargetFrameworks).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            })
            .OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.StartLine).ThenBy(r => r.Category).ThenBy(r => r.EndLine)
            .ToArray();
}
