using ReviewGen.Tests.EndToEnd;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Browser;

/// <summary>
/// The sample's audit report, in a git repository of its own, written through the real CLI as HTML (then opened in
/// headless Chromium at A4 width) and twice as PDF (printed by the tool itself), once for every test of the class.
/// </summary>
public sealed class SampleAuditInBrowserFixture : IAsyncLifetime
{
    public ScratchRepository Repository { get; } = new("reviewgen-audit-browser-");

    public string OutputFolder { get; } = BrowserOutput.FreshFolder("sample-audit");

    public string HtmlPath => Path.Combine(OutputFolder, "audit.html");

    public string PdfPath => Path.Combine(OutputFolder, "audit-by-reviewgen.pdf");

    public string SecondPdfPath => Path.Combine(OutputFolder, "audit-by-reviewgen-again.pdf");

    public CliRunner.Result PdfRun { get; private set; } = null!;

    public CliRunner.Result SecondPdfRun { get; private set; } = null!;

    public BrowserPageReport Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        PrRepositoryFixture.CommitSample(Repository);
        var html = await Audit(HtmlPath);
        Assert.True(html.ExitCode == 0, $"reviewgen exited with {html.ExitCode}: {html.StandardError}");
        Report = await BrowserPageCheck.RunAsync(HtmlPath, OutputFolder);
        PdfRun = await Audit(PdfPath, "--format", "pdf");
        SecondPdfRun = await Audit(SecondPdfPath);
    }

    private Task<CliRunner.Result> Audit(string output, params string[] options) =>
        CliRunner.RunInAsync(Repository.Root, ["audit", SampleAuditFixture.Sample, "-o", output, "-q", "--client", "Example Bank", .. options]);

    public Task DisposeAsync()
    {
        Repository.Dispose();
        return Task.CompletedTask;
    }
}
