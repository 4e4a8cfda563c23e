using ReviewGen.Discovery;
using ReviewGen.Loading;
using ReviewGen.Review;
using ReviewGen.Review.Baselines;
using ReviewGen.Rules;
using ReviewGen.Settings;

namespace ReviewGen.Pipeline;

/// <summary>
/// The stages in order: load, locate regions, check rules, build the review model. Rendering is the caller's: the
/// model needs nothing of the workspace, which is disposed before this returns. Discovery's semantic models and the
/// rules' findings (which hold their Document for the excerpts) live only in this method, and the model holds no
/// Roslyn type (a test walks it), so the solution and its compilations are garbage once the model is built.
/// </summary>
public static class ReviewPipeline
{
    public static async Task<ReviewModel> RunAsync(ReviewOptions options, IProgress<string>? progress, StageTimer timer, CancellationToken ct)
    {
        var catalog = TlsSymbolCatalog.Load(options.RulesDirectory);
        var shipped = RuleCatalog.Load(options.RulesDirectory);
        // Read before the slow stages, so that a bad baseline or configuration file fails at once.
        var baseline = options.BaselinePath is { } path ? BaselineFile.Read(path) : null;
        var settings = ReadSettings(options, shipped);
        var rules = shipped.Configured(settings.Rules);
        var categories = options.Categories.Where(c => !settings.CategoriesOff.Contains(c)).ToHashSet();
        using var loaded = await timer.TimeAsync("load", () => SolutionLoader.LoadAsync(new LoadRequest(options.InputPath, options.Restore), progress, ct));
        var discovery = await timer.TimeAsync("discovery", () => RegionLocator.LocateAsync(loaded, catalog, settings, options.MaxParallelism, progress, ct));
        var results = await timer.TimeAsync("rules", () => RuleEngine.RunAsync(
            discovery, rules, catalog, categories, loaded.RelativePath, options.MaxParallelism, progress, ct));
        return await timer.TimeAsync("review", () => ReviewBuilder.BuildAsync(loaded, discovery, results, catalog, categories, baseline, settings, ct));
    }

    /// <summary>The file <c>--config</c> names, else the reviewgen.json nearest to the input; the defaults when there is none.</summary>
    private static ReviewSettings ReadSettings(ReviewOptions options, RuleCatalog rules)
    {
        var input = Path.GetFullPath(options.InputPath);
        var path = options.SettingsPath ?? ReviewSettingsFile.Find(Directory.Exists(input) ? input : Path.GetDirectoryName(input)!);
        return path is null ? ReviewSettings.Default : ReviewSettingsFile.Read(path, rules.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal));
    }
}
