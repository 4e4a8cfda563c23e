using System.CommandLine;
using System.Globalization;
using ReviewGen.Changes;
using ReviewGen.Pipeline;
using ReviewGen.Publishing.Pdf;
using ReviewGen.Rendering;
using ReviewGen.Rendering.Audit;

namespace ReviewGen.Cli;

/// <summary>
/// <c>reviewgen audit &lt;path&gt; -o report.html</c>: the review as a deliverable (cover, executive summary, scope,
/// methodology, findings, observations, appendix), dated by the reviewed commit so the same commit gives the same file.
/// </summary>
public static class AuditCommand
{
    // Only the loading, baseline, progress and overwrite options of the shared set are added: the report is one file
    // whose extension names its format, and an audit has no --fail-on.
    /// <summary>Each format with the extensions its file may have; pdf is the HTML report printed by a headless Chromium.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> Formats =
        new Dictionary<string, string[]>(AuditRenderer.Extensions, StringComparer.Ordinal) { [Pdf] = [".pdf"] };

    private const string Pdf = "pdf";

    private static readonly ReviewRunOptions Run = new([.. Formats.Keys], "The report to write.", "a finding");

    private static readonly Option<string> OutputOption = new("--output", "-o")
    {
        Description = "The report to write; its extension (.html, .md, .pdf) must agree with --format.",
        Required = true,
    };

    private static readonly Option<string?> FormatOption = new("--format", "-f")
    {
        Description = $"Report format: {string.Join(", ", Formats.Keys)}. Default: from the extension of -o.",
    };

    private static readonly Option<string?> BrowserOption = new("--browser")
    {
        Description = $"The Chromium or Chrome that prints --format pdf. Default: the first of {string.Join(", ", ChromiumLocator.CommandNames)} on PATH.",
    };

    private static readonly Option<string?> TitleOption = new("--title") { Description = "The report's title. Default: \"TLS security audit of <solution>\"." };

    private static readonly Option<string?> ClientOption = new("--client") { Description = "Who the audit is for, named on the cover." };

    private static readonly Option<string?> AuditorOption = new("--auditor") { Description = "Who performed the audit, named on the cover." };

    private static readonly Option<string?> DateOption = new("--date")
    {
        Description = "The report's date, YYYY-MM-DD. Default: the committer date (UTC) of the reviewed repository's HEAD.",
    };

    private static readonly Option<string?> TemplatesOption = new("--templates")
    {
        Description = "A folder of templates that replace the shipped ones of the same name (audit.html.sbn, audit.md.sbn).",
    };

    public static Command Create()
    {
        var command = new Command("audit", "Write the TLS review of a solution as an audit report to hand to a client.");
        command.Arguments.Add(Run.Path);
        foreach (var option in new Option[]
                 {
                     OutputOption, FormatOption, TitleOption, ClientOption, AuditorOption, DateOption, TemplatesOption, BrowserOption,
                     Run.Force, Run.NoRestore, Run.Baseline, Run.Config, Run.Quiet, Run.Verbose, Run.MaxParallelism,
                 })
            command.Options.Add(option);
        CommandLineValues.AtLeastOne(Run.MaxParallelism);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var output = parse.GetValue(OutputOption)!;
        var format = FormatFor(output, parse.GetValue(FormatOption));
        var date = DateOf(parse.GetValue(DateOption));
        new OutputWriter(parse.GetValue(Run.Force)).EnsureWritable([output]);
        TemplateDirectory templates;
        try
        {
            templates = new TemplateDirectory(overrides: parse.GetValue(TemplatesOption));
        }
        catch (DirectoryNotFoundException e)
        {
            throw new UsageException(e.Message);
        }
        // Built before the slow stages, so that a template that does not parse, or a missing browser, fails at once.
        var renderer = new AuditRenderer(templates, format == Pdf ? "html" : format);
        var browser = format == Pdf ? ChromiumLocator.Locate(parse.GetValue(BrowserOption)) : null;

        var inputPath = parse.GetValue(Run.Path)!;
        // Read before restore writes obj/ folders, which would count as changes where they are not ignored.
        var source = await ReviewedSource.ReadAsync(inputPath, ct);
        using var progress = Run.Progress(parse);
        var timer = new StageTimer();
        var review = await ReviewPipeline.RunAsync(Run.PipelineOptions(parse, inputPath, ReviewOptions.AllCategories), progress, timer, ct);

        progress?.Report("Rendering");
        var request = new AuditRequest(
            parse.GetValue(TitleOption) ?? AuditModelBuilder.DefaultTitle(review), parse.GetValue(ClientOption), parse.GetValue(AuditorOption), date, source);
        var audit = AuditModelBuilder.Build(review, request);
        var text = timer.Time("render", () => renderer.Render(audit));
        byte[]? pdf = null;
        if (browser is not null)
        {
            progress?.Report("Printing the PDF");
            // The PDF's own dates are the report's, so the same commit gives the same bytes; an undated report keeps
            // Chromium's print time, which is then the truth.
            var printedAt = date ?? source.CommitDate;
            pdf = await timer.TimeAsync("print", () => PdfPrinter.PrintHtmlAsync(
                text, browser, printedAt is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null, ct));
        }
        progress?.Dispose();
        Run.ReportStages(parse, timer);
        // The last point of cancellation: past it the report is written whole.
        ct.ThrowIfCancellationRequested();
        OutputWriter.WriteAtomically(output, pdf ?? OutputWriter.Utf8(text));
        return ExitCodes.Success;
    }

    /// <summary>The format asked for, or the one the extension names; a report whose name says otherwise is refused.</summary>
    private static string FormatFor(string output, string? asked)
    {
        if (asked is not null && !Formats.ContainsKey(asked))
            throw new UsageException($"--format: '{asked}' is not valid; use one of: {string.Join(", ", Formats.Keys)}");
        var extension = Path.GetExtension(output).ToLowerInvariant();
        var implied = Formats.FirstOrDefault(e => e.Value.Contains(extension)).Key;
        if (asked is null)
        {
            return implied ?? throw new UsageException(
                $"-o {output}: the extension names no format; use {string.Join(" or ", Formats.Values.Select(e => e[0]))}, or give --format");
        }
        return implied == asked
            ? asked
            : throw new UsageException($"-o {output} does not match --format {asked}; name the file {Path.ChangeExtension(output, Formats[asked][0])}");
    }

    private static DateOnly? DateOf(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"--date: '{text}' is not valid; use YYYY-MM-DD");
}
