using ReviewGen.Review;

namespace ReviewGen.Rendering.PullRequest;

/// <summary>
/// What <c>templates/pr-comment.md.sbn</c> renders: the findings a pull request's change is answerable for. Members
/// appear in the template in snake_case (<c>regions_checked</c>, <c>row.finding.rule_id</c>). Every path here is
/// relative to the repository root, the form GitHub links and shows.
/// </summary>
/// <param name="Marker">A hidden HTML comment, first in the body, by which a later run finds the comment it wrote.</param>
/// <param name="Total">New findings, all of them, whether or not the size cap left them in the comment.</param>
/// <param name="Counts">New findings per severity, highest first, only severities that have some.</param>
/// <param name="Findings">The table's rows, in report order; a row's <see cref="PrCommentFinding.Detailed"/> says whether its details follow.</param>
/// <param name="RegionsChecked">TLS regions (distinct places) the change touched.</param>
/// <param name="PassedRegions">Touched regions with no new finding, at most <see cref="PrCommentBuilder.ListedPassedRegions"/>.</param>
/// <param name="PassedRegionsTotal">All touched regions with no new finding; more than listed when the list was cut.</param>
/// <param name="OmittedDetails">New findings whose details the size cap left out (their rows are kept).</param>
/// <param name="OmittedRows">New findings the size cap left out of the table too.</param>
public sealed record PrCommentModel(
    string Marker,
    int Total,
    IReadOnlyList<SeverityCount> Counts,
    IReadOnlyList<PrCommentFinding> Findings,
    int RegionsChecked,
    IReadOnlyList<PrCommentRegion> PassedRegions,
    int PassedRegionsTotal,
    int OmittedDetails,
    int OmittedRows)
{
    public const string CommentMarker = "<!-- reviewgen:pr-comment -->";

    /// <summary>
    /// New findings in test and sample code, reported apart and not counted in <see cref="Total"/>: rows without
    /// details, at most <see cref="PrCommentBuilder.ListedTestAndSampleFindings"/>.
    /// </summary>
    public IReadOnlyList<PrCommentFinding> TestAndSample { get; init; } = [];

    /// <summary>The review's configuration files the change edits, repository paths: the review followed them as changed.</summary>
    public IReadOnlyList<string> ChangedSettingsFiles { get; init; } = [];

    /// <summary>All new findings in test and sample code; more than listed when the list was cut.</summary>
    public int TestAndSampleTotal { get; init; }
}

/// <param name="Finding">The finding as the full review has it; its paths are relative to the solution folder.</param>
/// <param name="Location">Where it is, relative to the repository, with its link.</param>
/// <param name="Related">Its related locations, in order, relative to the repository.</param>
/// <param name="Detailed">Its collapsible details (excerpt, explanation, fix) are in the comment.</param>
public sealed record PrCommentFinding(FindingModel Finding, PrCommentLocation Location, IReadOnlyList<PrCommentRelated> Related, bool Detailed);

/// <param name="Path">Relative to the repository root, forward slashes.</param>
/// <param name="Link">The line range on the head commit (<c>…/blob/SHA/path#L10-L12</c>); null when no link base is known.</param>
public sealed record PrCommentLocation(string Path, int StartLine, int EndLine, string? Link);

public sealed record PrCommentRelated(PrCommentLocation Location, string Description);

/// <param name="Categories">Headings of the categories the region belongs to, in review order.</param>
public sealed record PrCommentRegion(PrCommentLocation Location, IReadOnlyList<string> Categories);
