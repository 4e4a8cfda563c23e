using PuppeteerSharp;
using PuppeteerSharp.Media;
using ReviewGen.Publishing.Pdf;

namespace ReviewGen.Tests.Browser;

/// <summary>
/// Opens a local HTML file in headless Chromium at A4 width, as a reader and a printer would see it, and reports what
/// went wrong; it keeps a full-page screenshot and the PDF in the given folder.
/// </summary>
public static class BrowserPageCheck
{
    /// <summary>A4's 210 mm at CSS's 96 px per inch.</summary>
    public const int A4Width = 794;

    /// <summary>What is left of A4 inside <see cref="PdfPrinter.A4"/>'s 15 mm margins, the width print CSS lays out in.</summary>
    public const int A4PrintableWidth = 680;

    private const int A4Height = 1123;

    /// <summary>Elements a code line lives in; each must fit its own box.</summary>
    public const string DefaultCodeSelector = "pre, .excerpt, .excerpt .line";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<BrowserPageReport> RunAsync(string htmlPath, string outputFolder, string codeSelector = DefaultCodeSelector)
    {
        await using var chromium = await HeadlessChromium.LaunchAsync(ChromiumLocator.Locate(null), Timeout, CancellationToken.None);
        await using var page = await chromium.Browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                lock (errors) { errors.Add(e.Message.Text); }
            }
        };
        page.PageError += (_, e) => { lock (errors) { errors.Add(e.Message); } };

        await page.SetViewportAsync(new ViewPortOptions { Width = A4Width, Height = A4Height });
        await page.GoToAsync(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri, WaitUntilNavigation.Load);
        var headings = await page.EvaluateExpressionAsync<string[]>(
            "[...document.querySelectorAll('h1, h2')].filter(h => h.getClientRects().length > 0).map(h => h.innerText.trim())");
        var screenOverflows = await OverflowsAsync(page, codeSelector);
        var screenshot = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(htmlPath) + ".png");
        await page.ScreenshotAsync(screenshot, new ScreenshotOptions { FullPage = true, Type = ScreenshotType.Png });

        await page.EmulateMediaTypeAsync(MediaType.Print);
        await page.SetViewportAsync(new ViewPortOptions { Width = A4PrintableWidth, Height = A4Height });
        var printOverflows = await OverflowsAsync(page, codeSelector);
        var pdf = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(htmlPath) + ".pdf");
        await File.WriteAllBytesAsync(pdf, await page.PdfDataAsync(PdfPrinter.A4));

        lock (errors)
        {
            return new BrowserPageReport([.. errors], headings, screenOverflows, printOverflows, screenshot, pdf);
        }
    }

    /// <summary>
    /// Code boxes whose content is wider than the box (scrollWidth over clientWidth; inline elements have no box of
    /// their own and are skipped), and any element reaching past the page's right edge.
    /// </summary>
    private static Task<string[]> OverflowsAsync(IPage page, string codeSelector) =>
        page.EvaluateFunctionAsync<string[]>("""
            selector => {
              const describe = e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).trim().replace(/\s+/g, '.') : ''} "${e.textContent.trim().slice(0, 60)}"`;
              const found = [];
              for (const e of document.querySelectorAll(selector)) {
                if (getComputedStyle(e).display !== 'inline' && e.scrollWidth > e.clientWidth + 1) {
                  found.push(`${describe(e)} is ${e.scrollWidth}px wide in a ${e.clientWidth}px box`);
                }
              }
              const page = document.documentElement.clientWidth;
              for (const e of document.body.querySelectorAll('*')) {
                const right = e.getBoundingClientRect().right;
                if (right > page + 1) {
                  found.push(`${describe(e)} reaches ${Math.round(right)}px on a ${page}px page`);
                }
              }
              return found;
            }
            """, codeSelector);
}
