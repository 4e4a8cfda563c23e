using System.Text;
using Xunit.Abstractions;

namespace ReviewGen.Tests.Browser;

/// <summary>The sample's HTML review as a real browser renders and prints it at A4 width.</summary>
public sealed class SampleReviewInBrowserTests(SampleReviewInBrowserFixture fixture, ITestOutputHelper output)
    : IClassFixture<SampleReviewInBrowserFixture>
{
    private BrowserPageReport Report => fixture.Report;

    [Fact]
    public void The_page_logs_no_console_or_page_error() => BrowserAssert.None(Report.ConsoleErrors);

    [Fact]
    public void Every_section_of_the_review_is_rendered()
    {
        string[] sections = ["TLS security review of TlsSample", "Verdict", "Scope and limits", "Findings", "Conclusion and next steps"];

        Assert.All(sections, heading => Assert.Contains(heading, Report.Headings));
        Assert.Contains(Report.Headings, heading => heading.StartsWith("1. ", StringComparison.Ordinal));
    }

    [Fact]
    public void No_code_line_overflows_at_A4_screen_width() => BrowserAssert.None(Report.ScreenOverflows);

    [Fact]
    public void No_code_line_overflows_when_printed_on_A4() => BrowserAssert.None(Report.PrintOverflows);

    [Fact]
    public void A_full_page_screenshot_is_kept()
    {
        output.WriteLine($"screenshot: {Report.ScreenshotPath}");
        var png = File.ReadAllBytes(Report.ScreenshotPath);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.True(png.Length > 10_000, $"{png.Length} bytes is too small for a rendered review");
    }

    [Fact]
    public void The_printed_pdf_is_kept()
    {
        output.WriteLine($"pdf: {Report.PdfPath}");
        var pdf = File.ReadAllBytes(Report.PdfPath);

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.True(pdf.Length > 10_000, $"{pdf.Length} bytes is too small for a printed review");
    }
}
