using ReviewGen.Discovery.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReviewGen.Loading;
using ReviewGen.Scheduling;
using ReviewGen.Settings;

namespace ReviewGen.Discovery;

/// <summary>
/// Entry point of discovery: finds the TLS regions of a loaded solution. Each distinct compilation of a project
/// (its documents and preprocessor symbols) is bound once, so a multi-targeted project whose targets compile the
/// same code is analyzed once, and regions that several targets share are reported once with all their targets.
/// </summary>
public static class RegionLocator
{
    /// <param name="settings">What the configuration excludes, and whether test and sample code is reviewed.</param>
    /// <param name="maxParallelism">How many documents are bound at once; 1 binds them one after the other.</param>
    public static async Task<DiscoveryResult> LocateAsync(
        LoadedSolution loaded, TlsSymbolCatalog catalog, ReviewSettings settings, int maxParallelism, IProgress<string>? progress, CancellationToken ct)
    {
        var projects = loaded.Projects.Where(p => p.Status != ProjectLoadStatus.Failed).ToArray();
        var files = new ReviewedFiles(loaded, settings);
        var bindable = WithoutSourceGenerators(loaded.Solution);
        var work = projects
            .SelectMany((project, index) => CompilationUnits(loaded.Solution, project).SelectMany(unit =>
                unit.Project.Documents.Where(IsReviewable).Where(d => files.Includes(project, loaded.RelativePath(d.FilePath!)))
                    .OrderBy(d => d.FilePath, StringComparer.Ordinal)
                    .Select(d => new DocumentDiscovery.Work(index, bindable.GetDocument(d.Id)!, d, unit.TargetFrameworks))))
            .ToArray();
        var counter = new StepCounter("Analyzing documents", work.Length, progress);
        var order = InterleavedByCompilation(work);
        var interleaved = await OrderedParallel.MapAsync(order, maxParallelism, async (index, token) =>
        {
            var outcome = await DocumentDiscovery.RunAsync(work[index], loaded, catalog, token);
            counter.Advance();
            return outcome;
        }, ct);
        var outcomes = new DocumentDiscovery.Outcome[work.Length];
        for (var i = 0; i < order.Length; i++)
        {
            outcomes[order[i]] = interleaved[i];
        }

        var documents = outcomes.Select(o => o.Found).OfType<AnalyzedDocument>().ToArray();
        var byProject = work.Zip(outcomes).ToLookup(p => p.First.ProjectIndex);
        var bindings = projects.Select((project, index) =>
        {
            var own = byProject[index];
            return new ProjectBinding(
                project.FilePath,
                own.Select(p => p.First.Document.FilePath!).Distinct(StringComparer.Ordinal).Count(),
                own.SelectMany(p => p.Second.UnboundNames).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
                own.Sum(p => p.Second.CompileErrors));
        }).ToArray();
        var distinct = work.DistinctBy(w => w.Document.FilePath!, StringComparer.Ordinal).ToArray();
        // Discovery has read every text already, so counting its lines costs no second read.
        var lines = 0;
        foreach (var item in distinct)
            lines += (await item.Document.GetTextAsync(ct)).Lines.Count;
        var configuration = projects
            .SelectMany(p => ConfigurationFileFinder.Read(p.FilePath, p.Name, loaded.RelativePath).Where(f => files.Includes(p, f.Path)))
            .DistinctBy(f => f.Path, StringComparer.Ordinal)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToArray();
        return new DiscoveryResult(documents, MergeAcrossTargets(documents.SelectMany(RegionBuilder.Build)), bindings, distinct.Length, lines, configuration, bindable)
        {
            Excluded = files.Excluded,
            CodeKinds = files.Kinds,
            ProjectKinds = files.ProjectKinds(loaded.Projects),
        };
    }

    /// <summary>
    /// The positions of the work items in the order they are started: the first document of every compilation, then
    /// the second of every compilation, and so on. Documents next to each other then belong to different compilations,
    /// so parallel workers build different compilations at once instead of waiting for the same one.
    /// </summary>
    private static int[] InterleavedByCompilation(IReadOnlyList<DocumentDiscovery.Work> work) =>
        work.Select((item, index) => (item.Document.Project.Id, Index: index))
            .GroupBy(w => w.Id)
            .SelectMany(g => g.Select((w, rank) => (w.Index, Rank: rank)))
            .OrderBy(w => w.Rank).ThenBy(w => w.Index)
            .Select(w => w.Index)
            .ToArray();

    /// <summary>
    /// The solution as loaded, with no analyzer references, so that its compilations run no source generator. Their
    /// documents and syntax trees are the loaded solution's own.
    /// </summary>
    private static Solution WithoutSourceGenerators(Solution solution) =>
        solution.ProjectIds.Aggregate(solution, (current, id) => current.WithProjectAnalyzerReferences(id, []));

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
