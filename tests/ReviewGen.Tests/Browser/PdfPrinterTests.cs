using System.Runtime.Versioning;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReviewGen.Publishing.Pdf;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Browser;

/// <summary>Prints with the machine's real Chromium (the README's test command installs it), and with stand-ins that fail.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class PdfPrinterTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("reviewgen-pdf-");

    [Fact]
    public async Task A_small_page_prints_to_an_A4_pdf()
    {
        var pdf = Encoding.Latin1.GetString(await PdfPrinter.PrintAsync(
            Page("<h1>Hello</h1><p style=\"background:#fc0\">printed</p>"), browserPath: null, documentDate: null, CancellationToken.None));

        Assert.StartsWith("%PDF-", pdf, StringComparison.Ordinal);
        var box = Regex.Match(pdf, @"/MediaBox \[0 0 (?<width>[\d.]+) (?<height>[\d.]+)\]");
        Assert.True(box.Success, "no /MediaBox in the PDF");
        // A4 is 595.28 x 841.89 points; Chromium rounds the page to whole device pixels.
        Assert.InRange(double.Parse(box.Groups["width"].Value, CultureInfo.InvariantCulture), 594.5, 596.5);
        Assert.InRange(double.Parse(box.Groups["height"].Value, CultureInfo.InvariantCulture), 841, 843);
    }

    [Fact]
    public async Task Two_prints_with_the_document_date_are_identical_and_carry_that_date()
    {
        var page = Page("<h1>Same</h1><pre>code</pre>");
        var date = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.FromHours(2));

        var first = await PdfPrinter.PrintAsync(page, null, date, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var second = await PdfPrinter.PrintAsync(page, null, date, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Contains("/CreationDate (D:20260304030607+00'00')", Encoding.Latin1.GetString(first));
    }

    [Fact]
    public async Task Html_in_memory_prints_without_leaving_its_temporary_page()
    {
        var before = TemporaryPrintFolders();

        var pdf = await PdfPrinter.PrintHtmlAsync("<!DOCTYPE html><title>m</title><p>in memory</p>", null, null, CancellationToken.None);

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.Empty(TemporaryPrintFolders().Except(before));
    }

    [Fact]
    public async Task A_browser_that_fails_to_start_is_reported_with_what_it_wrote_to_standard_error()
    {
        // The pause lets the launcher read standard error before it sees the exit: PuppeteerSharp reports the process's
        // exit as soon as it sees it, and output still unread by then is not in its message.
        var browser = Script("echo 'cannot open display: nowhere' >&2\nsleep 1\nexit 1");

        var error = await Assert.ThrowsAsync<BrowserException>(
            () => PdfPrinter.PrintAsync(Page("<p>x</p>"), browser, null, CancellationToken.None));

        Assert.StartsWith($"Chromium at {browser} did not start: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot open display: nowhere", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task A_browser_path_that_cannot_be_run_is_reported_in_one_line()
    {
        var notAProgram = _folder.File("chromium.txt");
        File.WriteAllText(notAProgram, "not a program");

        var error = await Assert.ThrowsAsync<BrowserException>(
            () => PdfPrinter.PrintAsync(Page("<p>x</p>"), notAProgram, null, CancellationToken.None));

        Assert.StartsWith($"Chromium at {notAProgram} did not start: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task A_browser_that_hangs_is_killed_at_the_timeout()
    {
        var browser = HangingBrowser();

        var error = await Assert.ThrowsAsync<BrowserException>(
            () => PdfPrinter.PrintAsync(Page("<p>x</p>"), browser, null, CancellationToken.None, TimeSpan.FromSeconds(2)));

        Assert.Equal($"Chromium at {browser} did not start within 2 s", error.Message);
        await AssertHangingBrowserIsGone();
    }

    [Fact]
    public async Task Cancelling_kills_the_browser()
    {
        var browser = HangingBrowser();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => PdfPrinter.PrintAsync(Page("<p>x</p>"), browser, null, cancel.Token));

        await AssertHangingBrowserIsGone();
    }

    public void Dispose() => _folder.Dispose();

    private static HashSet<string> TemporaryPrintFolders() => [.. Directory.GetDirectories(Path.GetTempPath(), "reviewgen-print-*")];

    private string Page(string body)
    {
        var path = _folder.File("page.html");
        File.WriteAllText(path, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>{body}</body></html>");
        return path;
    }

    private string Script(string body) => ShellScript.Write(_folder.File("fake-chromium"), body);

    /// <summary>A browser that never answers; it writes its process id so the test can see it is gone.</summary>
    private string HangingBrowser() => Script($"echo $$ > '{_folder.File("pid")}'\nexec sleep 60");

    private async Task AssertHangingBrowserIsGone()
    {
        var pid = int.Parse(File.ReadAllText(_folder.File("pid")).Trim(), CultureInfo.InvariantCulture);
        for (var waited = 0; waited < 50 && IsRunning(pid); waited++)
        {
            await Task.Delay(100);
        }
        Assert.False(IsRunning(pid), $"the browser's process {pid} outlived the print");
    }

    /// <summary>Running and not a zombie waiting to be reaped.</summary>
    private static bool IsRunning(int pid)
    {
        var status = $"/proc/{pid}/status";
        return File.Exists(status) && !File.ReadAllText(status).Contains("State:\tZ", StringComparison.Ordinal);
    }
}
