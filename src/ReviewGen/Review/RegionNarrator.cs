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
            var list = EnglishList.Join(shown);
            clauses.Add(kind == UseKind.ValidatesInCallback ? $"{verb} {list})" : $"{verb} {list}");
        }
        // Empty for a single-target project. A region of a multi-targeted project names its targets even when there
        // is one: code under #if that only one target compiles must not read like code that every target has.
        var targets = region.TargetFrameworks.Count > 0 ? $" (in {string.Join(", ", region.TargetFrameworks)})" : "";
        var text = $"{MarkdownInline.Code(region.Member)}{targets} {EnglishList.Join(clauses)}.";
        return new Observation(text, new SourceLocation(region.Path, region.StartLine, region.EndLine));
    }

}
