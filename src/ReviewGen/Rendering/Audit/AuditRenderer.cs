namespace ReviewGen.Rendering.Audit;

/// <summary>The audit report in one format, from <c>audit.html.sbn</c> or <c>audit.md.sbn</c>.</summary>
public sealed class AuditRenderer
{
    /// <summary>The formats and the file extensions each accepts for <c>-o</c>, the first being the usual one.</summary>
    public static IReadOnlyDictionary<string, string[]> Extensions { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["html"] = [".html", ".htm"],
        ["md"] = [".md", ".markdown"],
    };

    private readonly ReviewTemplate _template;

    /// <param name="format">"html" or "md".</param>
    public AuditRenderer(TemplateDirectory templates, string format) =>
        _template = format switch
        {
            "html" => new ReviewTemplate(templates, "audit.html.sbn", HtmlFunctions.Create),
            "md" => new ReviewTemplate(templates, "audit.md.sbn", MarkdownFunctions.Create),
            _ => throw new ArgumentException($"Unknown audit format '{format}'. Valid formats: {string.Join(", ", Extensions.Keys)}.", nameof(format)),
        };

    public string Render(AuditModel audit) => _template.Render(audit);
}
