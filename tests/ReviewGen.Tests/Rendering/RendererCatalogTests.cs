using ReviewGen.Rendering;
using Scriban.Syntax;

namespace ReviewGen.Tests.Rendering;

public sealed class RendererCatalogTests
{
    [Fact]
    public void Lists_the_four_formats_each_with_its_file()
    {
        var catalog = Renderers.Catalog;

        Assert.Equal(["md", "html", "sarif", "json"], catalog.Formats);
        Assert.Equal(["review.md", "review.html", "review.sarif", "review.json"], catalog.Formats.Select(f => catalog.Get(f).FileName));
        Assert.All(catalog.Formats, f => Assert.Equal(f, catalog.Get(f).Format));
    }

    [Fact]
    public void Unknown_format_lists_the_valid_ones()
    {
        Assert.False(Renderers.Catalog.TryGet("pdf", out _));
        var error = Assert.Throws<ArgumentException>(() => Renderers.Catalog.Get("pdf"));
        Assert.Contains("Valid formats: md, html, sarif, json.", error.Message);
    }

    [Fact]
    public void Default_template_directory_is_beside_the_tool()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "templates"), new TemplateDirectory().Path);
        Assert.True(File.Exists(Path.Combine(TemplateDirectory.DefaultPath, "review.md.sbn")));
    }

    [Fact]
    public void Templates_can_come_from_another_folder()
    {
        using var folder = new TemporaryTemplates();
        folder.Write("review.md.sbn", "{{ solution.name }}: {{ findings.size }} findings, {{ md_code 'a`b' }}\n");

        var markdown = new MarkdownRenderer(new TemplateDirectory(folder.Path)).Render(ReviewModelSamples.Ledger());

        Assert.Equal("Ledger: 3 findings, ``a`b``\n", markdown);
    }

    [Fact]
    public void A_missing_template_fails_only_its_own_format()
    {
        using var folder = new TemporaryTemplates();
        var catalog = new RendererCatalog(new TemplateDirectory(folder.Path));

        Assert.NotNull(catalog.Get("json").Render(ReviewModelSamples.Ledger()));
        var error = Assert.Throws<FileNotFoundException>(() => catalog.Get("html"));
        Assert.Contains("review.html.sbn", error.Message);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_reported_with_its_errors()
    {
        using var folder = new TemporaryTemplates();
        folder.Write("review.md.sbn", "{{ for x in findings }}never closed\n");

        var error = Assert.Throws<TemplateException>(() => new MarkdownRenderer(new TemplateDirectory(folder.Path)));

        Assert.Contains("review.md.sbn", error.Message);
        Assert.Contains("error", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_misspelt_variable_fails_the_render()
    {
        using var folder = new TemporaryTemplates();
        folder.Write("review.md.sbn", "{{ verdict.summary }} {{ verdikt }}\n");

        var renderer = new MarkdownRenderer(new TemplateDirectory(folder.Path));

        var error = Assert.Throws<TemplateException>(() => renderer.Render(ReviewModelSamples.Ledger()));
        Assert.Contains(Path.Combine(folder.Path, "review.md.sbn"), error.Message);
        Assert.Contains("verdikt", error.Message);
    }
}
