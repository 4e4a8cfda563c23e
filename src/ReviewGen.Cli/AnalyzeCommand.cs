using System.CommandLine;
using ReviewGen.Catalog;
using ReviewGen.Pipeline;
using ReviewGen.Rendering;

namespace ReviewGen.Cli;

/// <summary><c>reviewgen analyze &lt;path&gt;</c>: review a solution and write the review in one or more formats.</summary>
public static class AnalyzeCommand
{
    private static readonly RendererCatalog Renderers = new(new TemplateDirectory());

    private static readonly ReviewRunOptions Run = new(
        Renderers.Formats,
        "File to write (one format), or folder for several formats (review.md, review.html, review.sarif, review.json). Default: standard output.",
        "a finding");

    private static readonly Option<string[]> CategoryOption = new("--category", "-c")
    {
        Description = $"Review only these categories: {string.Join(", ", CategoryInfo.MachineNames)}.",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Command Create()
    {
        var command = new Command("analyze", "Review the TLS code of a solution and write the review.");
        Run.AddTo(command, CategoryOption);
        CommandLineValues.AcceptOnly(CategoryOption, CategoryInfo.MachineNames);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var targets = OutputTargets.Resolve(Run.FormatsOf(parse), parse.GetValue(Run.Output), f => Renderers.Get(f).FileName);
        new OutputWriter(parse.GetValue(Run.Force)).EnsureWritable(targets.Values.OfType<string>());

        var categories = parse.GetValue(CategoryOption) is { Length: > 0 } names
            ? names.Select(n => CategoryInfo.TryParse(n, out var c) ? c : default).ToHashSet()
            : ReviewOptions.AllCategories;
        using var progress = Run.Progress(parse);
        var timer = new StageTimer();
        var review = await ReviewPipeline.RunAsync(Run.PipelineOptions(parse, parse.GetValue(Run.Path)!, categories), progress, timer, ct);

        progress?.Report("Rendering");
        var texts = timer.Time("render", () => targets.Select(t => (Path: t.Value, Text: Renderers.Get(t.Key).Render(review))).ToArray());
        progress?.Dispose();
        Run.ReportStages(parse, timer);
        // The last point of cancellation: past it every file is written, so a cancelled run leaves none of them.
        ct.ThrowIfCancellationRequested();
        OutputWriter.WriteAll(texts);
        return Run.ExceedsThreshold(parse, review.Findings) ? ExitCodes.FindingsAtOrAboveThreshold : ExitCodes.Success;
    }
}
