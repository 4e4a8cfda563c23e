using System.CommandLine;
using System.Globalization;
using ReviewGen.Catalog;
using ReviewGen.Pipeline;
using ReviewGen.Rendering;
using ReviewGen.Review;

namespace ReviewGen.Cli;

/// <summary><c>reviewgen analyze &lt;path&gt;</c>: review a solution and write the review in one or more formats.</summary>
public static class AnalyzeCommand
{
    public const string FailOnNone = "none";

    private static readonly RendererCatalog Renderers = new(new TemplateDirectory());

    private static readonly Argument<string> PathArgument = new("path")
    {
        Description = "A .sln, .slnx or .csproj file, or a folder that holds one.",
    };

    private static readonly Option<string[]> FormatOption = new("--format", "-f")
    {
        Description = $"Output format, one or more of: {string.Join(", ", Renderers.Formats)}.",
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => ["md"],
    };

    private static readonly Option<string?> OutputOption = new("--output", "-o")
    {
        Description = "File to write (one format), or folder for several formats (review.md, review.html, review.sarif, review.json). Default: standard output.",
    };

    private static readonly Option<bool> ForceOption = new("--force") { Description = "Overwrite existing output files." };

    private static readonly Option<bool> NoRestoreOption = new("--no-restore")
    {
        Description = "Do not run 'dotnet restore' first (package types may not bind).",
    };

    private static readonly Option<string> FailOnOption = new("--fail-on")
    {
        Description = $"Exit with 1 when a finding is at or above this severity: {FailOnNone}, {string.Join(", ", SeverityInfo.MachineNames)}.",
        DefaultValueFactory = _ => FailOnNone,
    };

    private static readonly Option<string[]> CategoryOption = new("--category", "-c")
    {
        Description = $"Review only these categories: {string.Join(", ", CategoryInfo.MachineNames)}.",
        AllowMultipleArgumentsPerToken = true,
    };

    private static readonly Option<bool> QuietOption = new("--quiet", "-q") { Description = "Print no progress." };

    private static readonly Option<bool> VerboseOption = new("--verbose", "-v")
    {
        Description = "Print the wall time of each stage (load, discovery, rules, review, render) on standard error.",
    };

    private static readonly Option<int> MaxParallelismOption = new("--max-parallelism")
    {
        Description = "How many documents to analyze at once; 1 runs serially. The review is the same either way. Default: the number of cores.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private static readonly Option<string?> BaselineOption = new("--baseline")
    {
        Description = "A baseline written by 'reviewgen baseline': the findings it records are hidden, and the review says how many.",
    };

    public static Command Create()
    {
        var command = new Command("analyze", "Review the TLS code of a solution and write the review.")
        {
            PathArgument, FormatOption, OutputOption, ForceOption, NoRestoreOption, FailOnOption, CategoryOption, QuietOption, VerboseOption,
            MaxParallelismOption, BaselineOption,
        };
        CommandLineValues.AcceptOnly(FormatOption, Renderers.Formats);
        CommandLineValues.AcceptOnly(FailOnOption, [FailOnNone, .. SeverityInfo.MachineNames]);
        CommandLineValues.AcceptOnly(CategoryOption, CategoryInfo.MachineNames);
        CommandLineValues.AtLeastOne(MaxParallelismOption);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var formats = parse.GetValue(FormatOption)!.Distinct(StringComparer.Ordinal).ToArray();
        var output = parse.GetValue(OutputOption);
        var targets = OutputTargets(formats, output);
        var writer = new OutputWriter(parse.GetValue(ForceOption));
        writer.EnsureWritable(targets.Values.OfType<string>());

        var categories = parse.GetValue(CategoryOption) is { Length: > 0 } names
            ? names.Select(n => CategoryInfo.TryParse(n, out var c) ? c : default).ToHashSet()
            : ReviewOptions.AllCategories;
        var options = new ReviewOptions(parse.GetValue(PathArgument)!, !parse.GetValue(NoRestoreOption), categories, ReviewOptions.DefaultRulesDirectory)
        {
            MaxParallelism = parse.GetValue(MaxParallelismOption),
            BaselinePath = parse.GetValue(BaselineOption),
        };
        var timer = new StageTimer();
        ReviewModel review;
        (string? Path, string Text)[] texts;
        using (var progress = parse.GetValue(QuietOption) ? null : StandardErrorProgress.ForTerminal())
        {
            review = await ReviewPipeline.RunAsync(options, progress, timer, ct);
            progress?.Report("Rendering");
            texts = timer.Time("render", () => targets.Select(t => (Path: t.Value, Text: Renderers.Get(t.Key).Render(review))).ToArray());
        }
        if (parse.GetValue(VerboseOption))
        {
            foreach (var (stage, elapsed) in timer.Stages)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reviewgen: {stage} {elapsed.TotalSeconds:0.00} s"));
            }
        }
        // The last point of cancellation: past it every file is written, so a cancelled run leaves none of them.
        ct.ThrowIfCancellationRequested();
        foreach (var (path, text) in texts)
        {
            if (path is null)
            {
                Console.Out.Write(text);
            }
            else
            {
                OutputWriter.WriteAtomically(path, text);
            }
        }
        return ExceedsThreshold(review, parse.GetValue(FailOnOption)!) ? ExitCodes.FindingsAtOrAboveThreshold : ExitCodes.Success;
    }

    /// <summary>Format → file (null: standard output), decided before the slow work so a bad -o fails at once.</summary>
    private static IReadOnlyDictionary<string, string?> OutputTargets(IReadOnlyList<string> formats, string? output)
    {
        if (output is null)
        {
            return formats.Count == 1
                ? new Dictionary<string, string?> { [formats[0]] = null }
                : throw new UsageException("several formats need -o DIR to write them to");
        }
        if (formats.Count > 1 || Directory.Exists(output))
        {
            if (File.Exists(output))
            {
                throw new UsageException($"{output} is a file; several formats need -o DIR");
            }
            return formats.ToDictionary(f => f, f => (string?)Path.Combine(output, Renderers.Get(f).FileName));
        }
        return new Dictionary<string, string?> { [formats[0]] = output };
    }

    private static bool ExceedsThreshold(ReviewModel review, string failOn) =>
        SeverityInfo.TryParse(failOn, out var threshold)
        && review.Findings.Any(f => SeverityInfo.TryParse(f.Severity, out var severity) && severity >= threshold);
}
