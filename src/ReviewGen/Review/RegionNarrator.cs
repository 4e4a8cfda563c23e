using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Review;

/// <summary>
/// States what the code of a region does, from its uses: "`Client.Connect` creates `SslStream` and calls
/// `SslStream.AuthenticateAsClientAsync`." Every word comes from the symbols bound there; the location travels
/// beside the text, for renderers to place.
/// </summary>
public static class RegionNarrator
{
    private const int MostNamesPerVerb = 5;

    private static readonly IReadOnlyList<(UseKind Kind, string Verb)> Verbs =
    [
        (UseKind.Overrides, "overrides"),
        (UseKind.ValidatesInCallback, "is a validation callback (it takes"),
        (UseKind.Creates, "creates"),
        (UseKind.InstallsCallback, "installs a callback taking"),
        (UseKind.Calls, "calls"),
        (UseKind.Sets, "sets"),
        (UseKind.Passes, "passes the argument"),
        (UseKind.Reads, "reads"),
        (UseKind.Uses, "uses"),
        (UseKind.Catches, "catches"),
    ];

    public static Observation Describe(TlsRegion region)
    {
        var clauses = new List<string>();
        foreach (var (kind, verb) in Verbs)
        {
            var names = region.Uses.Where(u => u.Kind == kind).Select(u => u.DisplayName).Distinct(StringComparer.Ordinal).ToArray();
            if (names.Length == 0)
            {
                continue;
            }
            var shown = names.Take(MostNamesPerVerb).Select(MarkdownInline.Code).ToList();
            if (names.Length > MostNamesPerVerb)
            {
                shown.Add($"{names.Length - MostNamesPerVerb} more");
            }
            var list = Join(shown);
            clauses.Add(kind == UseKind.ValidatesInCallback ? $"{verb} {list})" : $"{verb} {list}");
        }
        // Empty for a single-target project. A region of a multi-targeted project names its targets even when there
        // is one: code under #if that only one target compiles must not read like code that every target has.
        var targets = region.TargetFrameworks.Count > 0 ? $" (in {string.Join(", ", region.TargetFrameworks)})" : "";
        var text = $"{MarkdownInline.Code(region.Member)}{targets} {Join(clauses)}.";
        return new Observation(text, new SourceLocation(region.Path, region.StartLine, region.EndLine));
    }

    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };
}
