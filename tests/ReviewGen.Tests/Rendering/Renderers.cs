using ReviewGen.Rendering;

namespace ReviewGen.Tests.Rendering;

/// <summary>The renderers as the tool builds them, reading the templates copied beside the test assembly.</summary>
internal static class Renderers
{
    public static RendererCatalog Catalog { get; } = new(new TemplateDirectory());

    public static string Render(string format) => Catalog.Get(format).Render(ReviewModelSamples.Ledger());
}
