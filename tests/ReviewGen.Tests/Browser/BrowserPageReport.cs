namespace ReviewGen.Tests.Browser;

/// <summary>What a real browser made of a page: its errors, its rendered headings, what overflowed, and the files it kept.</summary>
/// <param name="ConsoleErrors">Console errors and uncaught page errors, in the order they happened.</param>
/// <param name="Headings">The text of every rendered h1 and h2, in document order.</param>
/// <param name="ScreenOverflows">Elements that overflow their box or the page on an A4-wide screen.</param>
/// <param name="PrintOverflows">The same with print media, at the width left inside the PDF's margins.</param>
public sealed record BrowserPageReport(
    IReadOnlyList<string> ConsoleErrors,
    IReadOnlyList<string> Headings,
    IReadOnlyList<string> ScreenOverflows,
    IReadOnlyList<string> PrintOverflows,
    string ScreenshotPath,
    string PdfPath);
