using ReviewGen.Discovery;
using ReviewGen.Loading;
using ReviewGen.Review;
using ReviewGen.Rules;

namespace ReviewGen.Pipeline;

/// <summary>
/// The stages in order: load, locate regions, check rules, build the review model. Rendering is the caller's: the
/// model needs nothing of the workspace, which is released before this returns.
/// </summary>
public static class ReviewPipeline
{
    public static async Task<ReviewModel> RunAsync(ReviewOptions options, IProgress<string>? progress, StageTimer timer, CancellationToken ct)
    {
        var catalog = TlsSymbolCatalog.Load(options.RulesDirectory);
        var rules = RuleCatalog.Load(options.RulesDirectory);
        using var loaded = await timer.TimeAsync("load", () => SolutionLoader.LoadAsync(new LoadRequest(options.InputPath, options.Restore), progress, ct));
        var discovery = await timer.TimeAsync("discovery", () => RegionLocator.LocateAsync(loaded, catalog, options.MaxParallelism, progress, ct));
        var results = await timer.TimeAsync("rules", () => RuleEngine.RunAsync(
            discovery, rules, catalog, options.Categories, loaded.Solution, loaded.RelativePath, options.MaxParallelism, progress, ct));
        return await timer.TimeAsync("review", () => ReviewBuilder.BuildAsync(loaded, discovery, results, catalog, options.Categories, ct));
    }
}
