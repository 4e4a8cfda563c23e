using System.Diagnostics.CodeAnalysis;

namespace ReviewGen.Rendering;

/// <summary>
/// Every output format by name. Renderers are built on first use, so a missing HTML template does not stop a
/// <c>--format json</c> run.
/// </summary>
public sealed class RendererCatalog
{
    private readonly Dictionary<string, Lazy<IReviewRenderer>> _renderers;

    public RendererCatalog(TemplateDirectory templates)
    {
        (string Format, Func<IReviewRenderer> Create)[] all =
        [
            ("md", () => new MarkdownRenderer(templates)),
            ("html", () => new HtmlRenderer(templates)),
            ("sarif", () => new SarifRenderer()),
            ("json", () => new JsonRenderer()),
        ];
        _renderers = all.ToDictionary(r => r.Format, r => new Lazy<IReviewRenderer>(r.Create), StringComparer.Ordinal);
        Formats = [.. all.Select(r => r.Format)];
    }

    /// <summary>The valid format names, in the order help and error messages list them.</summary>
    public IReadOnlyList<string> Formats { get; }

    public bool TryGet(string format, [MaybeNullWhen(false)] out IReviewRenderer renderer)
    {
        renderer = _renderers.TryGetValue(format, out var lazy) ? lazy.Value : null;
        return renderer is not null;
    }

    /// <exception cref="ArgumentException">The format is not one of <see cref="Formats"/>; the message lists them.</exception>
    public IReviewRenderer Get(string format) =>
        TryGet(format, out var renderer)
            ? renderer
            : throw new ArgumentException(
                $"Unknown format '{format}'. Valid formats: {string.Join(", ", Formats)}.", nameof(format));
}
