namespace ReviewGen.Tests.Browser;

/// <summary>The check itself sees what it must: a page built to fail each of its checks fails each of them.</summary>
public sealed class BrowserPageCheckTests
{
    [Fact]
    public async Task A_broken_page_reports_its_errors_its_overflowing_code_and_its_headings()
    {
        var folder = BrowserOutput.FreshFolder("broken-page");
        var html = Path.Combine(folder, "broken.html");
        File.WriteAllText(html, $$"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>broken</title></head><body>
            <h1>Title</h1><h2 style="display:none">Hidden</h2><h2>Shown</h2>
            <pre id="wide">{{new string('x', 300)}}</pre>
            <div id="banner" style="width: 750px">banner</div>
            <script>console.error('logged failure'); undefinedFunction();</script>
            </body></html>
            """);

        var report = await BrowserPageCheck.RunAsync(html, folder);

        Assert.Equal(["Title", "Shown"], report.Headings);
        Assert.Contains("logged failure", report.ConsoleErrors);
        Assert.Contains(report.ConsoleErrors, error => error.Contains("undefinedFunction", StringComparison.Ordinal));
        Assert.Contains(report.ScreenOverflows, overflow => overflow.StartsWith("pre#wide \"xxx", StringComparison.Ordinal) && overflow.Contains("px box", StringComparison.Ordinal));
        Assert.Contains(report.PrintOverflows, overflow => overflow.StartsWith("pre#wide", StringComparison.Ordinal));
        Assert.DoesNotContain(report.ScreenOverflows, overflow => overflow.StartsWith("div#banner", StringComparison.Ordinal));
        Assert.Contains($"div#banner \"banner\" reaches 758px on a {BrowserPageCheck.A4PrintableWidth}px page", report.PrintOverflows);
    }
}
