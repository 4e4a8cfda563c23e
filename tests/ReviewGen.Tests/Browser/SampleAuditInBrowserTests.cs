using System.Text;
using ReviewGen.Tests.Support;
using Xunit.Abstractions;

namespace ReviewGen.Tests.Browser;

/// <summary>The audit report as a real browser renders it at A4 width, and as the tool prints it to PDF.</summary>
public sealed class SampleAuditInBrowserTests(SampleAuditInBrowserFixture fixture, ITestOutputHelper output)
    : IClassFixture<SampleAuditInBrowserFixture>
{
    private BrowserPageReport Report => fixture.Report;

    [Fact]
    public void The_page_logs_no_console_or_page_error() => BrowserAssert.None(Report.ConsoleErrors);

    [Fact]
    public void Every_section_of_the_audit_is_rendered()
    {
        string[] sections =
        [
            "Contents", "1. Executive summary", "2. Scope", "3. Methodology", "4. Findings", "5. Observations by category", "6. Appendix",
        ];

        Assert.All(sections, heading => Assert.Contains(heading, Report.Headings));
    }

    [Fact]
    public void No_code_line_overflows_at_A4_screen_width() => BrowserAssert.None(Report.ScreenOverflows);

    [Fact]
    public void No_code_line_overflows_when_printed_on_A4() => BrowserAssert.None(Report.PrintOverflows);

    [Fact]
    public void A_screenshot_and_the_browser_printed_pdf_are_kept()
    {
        output.WriteLine($"screenshot: {Report.ScreenshotPath}");
        output.WriteLine($"pdf: {Report.PdfPath}");

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Report.ScreenshotPath)[..4]);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(File.ReadAllBytes(Report.PdfPath), 0, 5));
    }

    [Fact]
    public void The_tool_prints_the_same_pdf_twice_from_the_same_commit()
    {
        Assert.True(fixture.PdfRun.ExitCode == 0, fixture.PdfRun.StandardError);
        Assert.True(fixture.SecondPdfRun.ExitCode == 0, fixture.SecondPdfRun.StandardError);
        output.WriteLine($"pdf: {fixture.PdfPath}");
        var pdf = File.ReadAllBytes(fixture.PdfPath);

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.True(pdf.Length > 20_000, $"{pdf.Length} bytes is too small for a printed audit");
        Assert.Equal(pdf, File.ReadAllBytes(fixture.SecondPdfPath));
    }

    [Fact]
    public async Task Without_a_browser_pdf_is_refused_at_once_with_how_to_install_one()
    {
        using var folder = new TemporaryFolder("reviewgen-audit-nobrowser-");

        var result = await CliRunner.RunAsync("audit", RepositoryPaths.Sample, "-o", folder.File("audit.pdf"), "--browser", folder.File("no-chromium"));

        Assert.Equal(4, result.ExitCode);
        Assert.StartsWith("reviewgen: ", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("install", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("audit.pdf")));
    }
}
