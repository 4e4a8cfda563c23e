using ReviewGen.Review;

namespace ReviewGen.Changes;

/// <summary>The review of a whole solution seen through a change: the findings and TLS regions the change touched.</summary>
/// <param name="Review">The review of the head, every finding included.</param>
/// <param name="NewFindings">Findings whose location or a related location the change touched, in report order, ids kept.</param>
/// <param name="NewTestAndSampleFindings">The same of the findings in test and sample code reported apart; empty when that code is not apart.</param>
/// <param name="TouchedRegions">The TLS regions the change touched, in report order (category, then region).</param>
/// <param name="Paths">Turns the review's paths into repository paths, for links.</param>
public sealed record ChangeReview(
    ReviewModel Review,
    IReadOnlyList<FindingModel> NewFindings,
    IReadOnlyList<FindingModel> NewTestAndSampleFindings,
    IReadOnlyList<TouchedRegion> TouchedRegions,
    RepositoryPathMap Paths)
{
    /// <summary>
    /// The review's own configuration files (reviewgen.json, .editorconfig) the change edits, repository paths, sorted:
    /// the review followed them as changed, so a change can turn off what would have found it, and the comment says so.
    /// </summary>
    public IReadOnlyList<string> ChangedSettingsFiles { get; init; } = [];

    /// <summary>
    /// The review with only the new findings, for <c>--format sarif</c> and <c>json</c>: the findings, the verdict,
    /// the categories' finding ids and the next steps are the change's; the categories' prose stays the solution's.
    /// Suppressed and baselined findings are left out: they are accepted, so a change never brings them in.
    /// </summary>
    public ReviewModel NewFindingsOnly()
    {
        var ids = NewFindings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var sections = Review.Categories.Select(c => c with { FindingIds = [.. c.FindingIds.Where(ids.Contains)] }).ToArray();
        var testAndSample = Review.TestAndSample is { } apart ? apart with { Findings = NewTestAndSampleFindings } : null;
        return Review with
        {
            Findings = NewFindings,
            TestAndSample = testAndSample,
            Suppressed = [],
            Baseline = null,
            Categories = sections,
            Verdict = VerdictWriter.Write(NewFindings, sections, Review.Scope, Review.Rules.Count, [], null, testAndSample),
            NextSteps = VerdictWriter.NextSteps(NewFindings, Review.Rules, Review.Scope),
        };
    }
}
