namespace ReviewGen.Rendering;

/// <summary>
/// The CSS class for each Roslyn classification name, so that excerpts read like they do in an editor. Names Roslyn
/// adds later fall back to plain text rather than failing the render.
/// </summary>
internal static class TokenClasses
{
    private static readonly Dictionary<string, string> ByClassification = new(StringComparer.Ordinal)
    {
        ["keyword"] = "tok-keyword",
        ["keyword - control"] = "tok-keyword",
        ["preprocessor keyword"] = "tok-preprocessor",
        ["preprocessor text"] = "tok-preprocessor",
        ["class name"] = "tok-type",
        ["record class name"] = "tok-type",
        ["struct name"] = "tok-type",
        ["record struct name"] = "tok-type",
        ["interface name"] = "tok-type",
        ["enum name"] = "tok-type",
        ["delegate name"] = "tok-type",
        ["type parameter name"] = "tok-type",
        ["method name"] = "tok-method",
        ["extension method name"] = "tok-method",
        ["identifier"] = "tok-identifier",
        ["local name"] = "tok-identifier",
        ["parameter name"] = "tok-identifier",
        ["field name"] = "tok-identifier",
        ["property name"] = "tok-identifier",
        ["event name"] = "tok-identifier",
        ["constant name"] = "tok-identifier",
        ["enum member name"] = "tok-identifier",
        ["label name"] = "tok-identifier",
        ["namespace name"] = "tok-namespace",
        ["string"] = "tok-string",
        ["string - verbatim"] = "tok-string",
        ["string - escape character"] = "tok-string",
        ["number"] = "tok-number",
        ["comment"] = "tok-comment",
        ["excluded code"] = "tok-comment",
        ["punctuation"] = "tok-punctuation",
        ["operator"] = "tok-operator",
        ["operator - overloaded"] = "tok-operator",
    };

    /// <summary>The class for <paramref name="classification"/>, or "" when it is shown as plain text.</summary>
    public static string Of(string classification) =>
        ByClassification.TryGetValue(classification, out var css) ? css
        : classification.StartsWith("xml doc comment", StringComparison.Ordinal) ? "tok-comment"
        : "";
}
