using System.Globalization;
using ReviewGen.Rendering;

namespace ReviewGen.Tests.Rendering;

public sealed class DeterminismTests
{
    public static TheoryData<string> Formats() => [.. Renderers.Catalog.Formats];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Same_model_gives_identical_output(string format)
    {
        // A fresh catalog too, so that nothing cached by the first render can mask a difference.
        var again = new RendererCatalog(new TemplateDirectory()).Get(format).Render(ReviewModelSamples.Ledger());

        Assert.Equal(Renderers.Render(format), again);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Culture_does_not_change_the_output(string format)
    {
        var invariant = Renderers.Render(format);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("3,5", 3.5.ToString(CultureInfo.CurrentCulture));

            Assert.Equal(invariant, Renderers.Render(format));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Output_has_lf_line_endings_only_and_ends_with_one(string format)
    {
        var output = Renderers.Render(format);

        Assert.DoesNotContain('\r', output);
        Assert.EndsWith("\n", output);
        Assert.False(output.EndsWith("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Crlf_in_the_model_and_the_template_still_gives_lf()
    {
        using var folder = new TemporaryTemplates();
        foreach (var name in new[] { "review.md.sbn", "review.html.sbn" })
            File.WriteAllText(Path.Combine(folder.Path, name), File.ReadAllText(Path.Combine(TemplateDirectory.DefaultPath, name)).ReplaceLineEndings("\r\n"));
        var review = ReviewModelSamples.Ledger() with { NextSteps = ["First line\r\nsecond line."] };

        var catalog = new RendererCatalog(new TemplateDirectory(folder.Path));

        Assert.Equal(new MarkdownRenderer(new TemplateDirectory()).Render(review), catalog.Get("md").Render(review));
        Assert.Equal(new HtmlRenderer(new TemplateDirectory()).Render(review), catalog.Get("html").Render(review));
        Assert.DoesNotContain('\r', catalog.Get("md").Render(review));
    }
}
