using ReviewGen.Discovery;
using ReviewGen.Rules;
using ReviewGen.Text;

namespace ReviewGen.Review;

/// <summary>
/// The places a category lists: one bullet per region, its sentence followed by the judgements rules passed on
/// code inside it, so that no line is described twice. A judgement that no region holds stands on its own. A
/// region whose uses are all incidental (plain I/O, base-constructor calls) is left out unless a rule judged it or
/// found a defect in it; it is only counted. A region that holds a finding names it, and a rule's word that a
/// place is sound gives way to a finding at the same place: "can reject a certificate" beside a finding that says
/// the callback ignores the errors would contradict it.
/// </summary>
/// <param name="Places">What is listed, by path and line.</param>
/// <param name="Unlisted">Regions left out because they decide nothing about TLS.</param>
public sealed record CategoryInventory(IReadOnlyList<Observation> Places, int Unlisted)
{
    /// <param name="suppressed">Findings a suppression hides: not named, but a word that their place is sound would still contradict them.</param>
    public static CategoryInventory Of(
        IReadOnlyList<TlsRegion> regions, IReadOnlyList<RuleObservation> judgements, IReadOnlyList<FindingModel> findings, IReadOnlyList<FindingModel> suppressed)
    {
        var judgedIn = judgements
            .Where(j => !findings.Concat(suppressed).Any(f => f.Location == new SourceLocation(j.Path, j.StartLine, j.EndLine)))
            .ToLookup(j => Holder(regions, j));
        var places = new List<Observation>();
        var unlisted = 0;
        foreach (var region in regions)
        {
            var judged = Joined(judgedIn[region]
                .OrderBy(j => j.StartLine).ThenBy(j => j.RuleId, StringComparer.Ordinal)
                .Select(j => j.Text).Distinct(StringComparer.Ordinal));
            var held = findings.Where(f => Holds(region, f.Location)).Select(f => f.Id).ToArray();
            if (!RegionNarrator.IsTelling(region) && judged.Length == 0 && held.Length == 0)
            {
                unlisted++;
                continue;
            }
            var sentence = RegionNarrator.Describe(region);
            var named = held.Length switch
            {
                0 => [],
                1 => new[] { $"**Finding {held[0]}.**" },
                _ => [$"**Findings {EnglishList.Join(held)}.**"],
            };
            places.Add(sentence with { Text = string.Join(" ", [sentence.Text, .. judged, .. named]) });
        }
        places.AddRange(judgedIn[null].Select(j => new Observation(j.Text, new SourceLocation(j.Path, j.StartLine, j.EndLine))));
        var listed = places
            .Distinct()
            .OrderBy(o => o.Location.Path, StringComparer.Ordinal).ThenBy(o => o.Location.StartLine).ThenBy(o => o.Text, StringComparer.Ordinal)
            .ToArray();
        return new CategoryInventory(listed, unlisted);
    }

    /// <summary>Judgements in report order, each joined to the one before it when both speak of the same subject.</summary>
    private static string[] Joined(IEnumerable<string> judgements)
    {
        var joined = new List<string>();
        foreach (var text in judgements)
        {
            if (joined.Count > 0 && SharedSubject.Join(joined[^1], text) is { } both)
            {
                joined[^1] = both;
            }
            else
            {
                joined.Add(text);
            }
        }
        return [.. joined];
    }

    /// <summary>The innermost region whose lines hold the judged code; null when none does.</summary>
    private static TlsRegion? Holder(IReadOnlyList<TlsRegion> regions, RuleObservation judgement) =>
        regions
            .Where(r => Holds(r, new SourceLocation(judgement.Path, judgement.StartLine, judgement.EndLine)))
            .OrderBy(r => r.EndLine - r.StartLine).ThenBy(r => r.StartLine).ThenBy(r => r.Member, StringComparer.Ordinal)
            .FirstOrDefault();

    private static bool Holds(TlsRegion region, SourceLocation location) =>
        region.Path == location.Path && region.StartLine <= location.StartLine && location.EndLine <= region.EndLine;
}
