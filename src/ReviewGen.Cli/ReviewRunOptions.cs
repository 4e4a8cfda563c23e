using System.CommandLine;
using System.Globalization;
using ReviewGen.Catalog;
using ReviewGen.Pipeline;
using ReviewGen.Review;

namespace ReviewGen.Cli;

/// <summary>
/// The arguments <c>analyze</c> and <c>pr</c> share (what to load, which formats to write where, when to fail, how
/// much to print) and what they mean. Each command builds its own instance: an option belongs to one command.
/// </summary>
internal sealed class ReviewRunOptions
{
    public const string FailOnNone = "none";

    /// <param name="formats">The valid formats; the first is the default.</param>
    /// <param name="outputDescription">What <c>-o</c> writes, with the file names a folder gets.</param>
    /// <param name="counted">What <c>--fail-on</c> counts: "a finding", or "a new finding" for a change.</param>
    public ReviewRunOptions(IReadOnlyList<string> formats, string outputDescription, string counted)
    {
        Formats = formats;
        Format = new Option<string[]>("--format", "-f")
        {
            Description = $"Output format, one or more of: {string.Join(", ", formats)}.",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [formats[0]],
        };
        Output = new Option<string?>("--output", "-o") { Description = outputDescription };
        FailOn = new Option<string>("--fail-on")
        {
            Description = $"Exit with 1 when {counted} is at or above this severity: {FailOnNone}, {string.Join(", ", SeverityInfo.MachineNames)}.",
            DefaultValueFactory = _ => FailOnNone,
        };
    }

    public IReadOnlyList<string> Formats { get; }

    public Argument<string> Path { get; } = new("path") { Description = "A .sln, .slnx or .csproj file, or a folder that holds one." };

    public Option<string[]> Format { get; }

    public Option<string?> Output { get; }

    public Option<bool> Force { get; } = new("--force") { Description = "Overwrite existing output files." };

    public Option<bool> NoRestore { get; } = new("--no-restore") { Description = "Do not run 'dotnet restore' first (package types may not bind)." };

    public Option<string> FailOn { get; }

    public Option<string?> Baseline { get; } = new("--baseline")
    {
        Description = "A file written by 'reviewgen baseline': the findings it records are hidden and counted, not reported.",
    };

    public Option<string?> Config { get; } = ConfigOption();

    /// <summary>A new <c>--config</c> option, for the commands that review without the other options.</summary>
    public static Option<string?> ConfigOption() => new("--config")
    {
        Description = "The reviewgen.json to use. Default: the one in the solution's folder, else in a parent folder up to the repository root.",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print no progress." };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print the wall time of each stage (load, discovery, rules, review, render) on standard error.",
    };

    public Option<int> MaxParallelism { get; } = new("--max-parallelism")
    {
        Description = "How many documents to analyze at once; 1 runs serially. The review is the same either way. Default: the number of cores.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    /// <summary>Adds the argument and the options with their validation; <paramref name="more"/> come after the output options.</summary>
    public void AddTo(Command command, params Option[] more)
    {
        command.Arguments.Add(Path);
        foreach (var option in new Option[] { Format, Output, Force, NoRestore, FailOn, Baseline, Config }.Concat(more).Concat([Quiet, Verbose, MaxParallelism]))
            command.Options.Add(option);
        CommandLineValues.AcceptOnly(Format, Formats);
        CommandLineValues.AcceptOnly(FailOn, [FailOnNone, .. SeverityInfo.MachineNames]);
        CommandLineValues.AtLeastOne(MaxParallelism);
    }

    /// <summary>The formats asked for, each once, in the order given.</summary>
    public string[] FormatsOf(ParseResult parse) => [.. parse.GetValue(Format)!.Distinct(StringComparer.Ordinal)];

    public ReviewOptions PipelineOptions(ParseResult parse, string inputPath, IReadOnlySet<TlsCategory> categories) =>
        new(inputPath, !parse.GetValue(NoRestore), categories, ReviewOptions.DefaultRulesDirectory)
        {
            MaxParallelism = parse.GetValue(MaxParallelism),
            BaselinePath = parse.GetValue(Baseline),
            SettingsPath = parse.GetValue(Config),
        };

    /// <summary>Null with --quiet or when stderr is redirected; dispose it to end its line before printing anything else.</summary>
    public StandardErrorProgress? Progress(ParseResult parse) => parse.GetValue(Quiet) ? null : StandardErrorProgress.ForTerminal();

    public void ReportStages(ParseResult parse, StageTimer timer)
    {
        if (!parse.GetValue(Verbose))
            return;
        foreach (var (stage, elapsed) in timer.Stages)
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reviewgen: {stage} {elapsed.TotalSeconds:0.00} s"));
    }

    /// <summary>Whether a finding is at or above <c>--fail-on</c>: pass the counted ones, never those of test and sample code reported apart.</summary>
    public bool ExceedsThreshold(ParseResult parse, IEnumerable<FindingModel> findings) =>
        SeverityInfo.TryParse(parse.GetValue(FailOn)!, out var threshold)
        && findings.Any(f => SeverityInfo.TryParse(f.Severity, out var severity) && severity >= threshold);
}
