using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace ReviewGen.Publishing.Pdf;

/// <summary>Prints a local HTML file to PDF with headless Chromium: A4, backgrounds on, no browser header or footer.</summary>
public static class PdfPrinter
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A4 as the print stylesheet lays it out. The page's own @page rules win over these margins; no header or footer
    /// because Chromium's would stamp the date and the file's path, which would make two prints of one review differ.
    /// </summary>
    public static PdfOptions A4 => new()
    {
        Format = PaperFormat.A4,
        PrintBackground = true,
        DisplayHeaderFooter = false,
        PreferCSSPageSize = true,
        MarginOptions = new MarginOptions { Top = "15mm", Bottom = "15mm", Left = "15mm", Right = "15mm" },
    };

    /// <summary>The PDF of the local HTML file <paramref name="htmlPath"/>, printed as a reader's browser would.</summary>
    /// <param name="browserPath">The user's <c>--browser</c> value, or null to find Chromium on PATH.</param>
    /// <param name="documentDate">The date the PDF records as its creation date (so that one input prints to the same
    /// bytes), or null to keep the time Chromium printed it.</param>
    /// <exception cref="BrowserException">No Chromium, or it failed or ran past the timeout.</exception>
    public static async Task<byte[]> PrintAsync(
        string htmlPath, string? browserPath, DateTimeOffset? documentDate, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var executable = ChromiumLocator.Locate(browserPath);
        var limit = timeout ?? DefaultTimeout;
        await using var chromium = await HeadlessChromium.LaunchAsync(executable, limit, cancellationToken);
        byte[] pdf;
        try
        {
            await using var page = await chromium.Browser.NewPageAsync();
            page.DefaultTimeout = (int)limit.TotalMilliseconds;
            await page.GoToAsync(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri, WaitUntilNavigation.Load);
            pdf = await page.PdfDataAsync(A4);
        }
        catch (Exception e) when (e is PuppeteerException or TimeoutException or OperationCanceledException or InvalidOperationException)
        {
            throw chromium.Failure(e, "printing " + htmlPath, cancellationToken);
        }
        return documentDate is { } date ? PdfDocumentDate.Stamp(pdf, date) : pdf;
    }

    /// <summary>The PDF of an HTML document held in memory (a self-contained page: it is loaded from a temporary file).</summary>
    public static async Task<byte[]> PrintHtmlAsync(
        string html, string? browserPath, DateTimeOffset? documentDate, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var folder = Directory.CreateTempSubdirectory("reviewgen-print-");
        try
        {
            var page = Path.Combine(folder.FullName, "page.html");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            return await PrintAsync(page, browserPath, documentDate, cancellationToken, timeout);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
