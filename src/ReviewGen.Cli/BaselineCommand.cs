using System.CommandLine;
using ReviewGen.Pipeline;
using ReviewGen.Review;
using ReviewGen.Review.Baselines;

namespace ReviewGen.Cli;

/// <summary>
/// <c>reviewgen baseline &lt;path&gt; -o FILE</c>: record the findings of today's review, so that later reviews given
/// <c>--baseline FILE</c> show only the new ones. Findings suppressed in the code are accepted there and not recorded.
/// </summary>
public static class BaselineCommand
{
    private static readonly Argument<string> PathArgument = new("path")
    {
        Description = "A .sln, .slnx or .csproj file, or a folder that holds one.",
    };

    private static readonly Option<string> OutputOption = new("--output", "-o")
    {
        Description = "The baseline file to write, such as reviewgen-baseline.json.",
        Required = true,
    };

    private static readonly Option<bool> ForceOption = new("--force") { Description = "Overwrite an existing baseline file." };

    private static readonly Option<bool> NoRestoreOption = new("--no-restore")
    {
        Description = "Do not run 'dotnet restore' first (package types may not bind).",
    };

    private static readonly Option<string?> ConfigOption = ReviewRunOptions.ConfigOption();

    private static readonly Option<bool> QuietOption = new("--quiet", "-q") { Description = "Print no progress and no summary." };

    public static Command Create()
    {
        var command = new Command("baseline", "Record the findings of a review, to hide them from later reviews given --baseline.")
        {
            PathArgument, OutputOption, ForceOption, NoRestoreOption, ConfigOption, QuietOption,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var output = parse.GetValue(OutputOption)!;
        new OutputWriter(parse.GetValue(ForceOption)).EnsureWritable([output]);
        if (Directory.Exists(output))
        {
            throw new UsageException($"{output} is a folder; -o names the baseline file to write");
        }
        var quiet = parse.GetValue(QuietOption);
        var options = new ReviewOptions(parse.GetValue(PathArgument)!, !parse.GetValue(NoRestoreOption), ReviewOptions.AllCategories,
            ReviewOptions.DefaultRulesDirectory)
        {
            SettingsPath = parse.GetValue(ConfigOption),
        };
        ReviewModel review;
        using (var progress = quiet ? null : StandardErrorProgress.ForTerminal())
        {
            review = await ReviewPipeline.RunAsync(options, progress, new StageTimer(), ct);
        }
        var baseline = BaselineFile.Of(review);
        // The last point of cancellation: past it the file is written whole.
        ct.ThrowIfCancellationRequested();
        OutputWriter.WriteAtomically(output, baseline.ToJson());
        if (!quiet)
        {
            var count = baseline.Findings.Count;
            Console.Out.WriteLine($"Recorded {count} finding{(count == 1 ? "" : "s")} in {output}.");
        }
        return ExitCodes.Success;
    }
}
