using ReviewGen.Review;

namespace ReviewGen.Rendering.Audit;

/// <summary>
/// What the audit templates read: the review itself plus what a deliverable adds (who it is for, which commit it
/// covers, the findings ranked, the charts' geometry, the region inventory). Templates see members in snake_case;
/// templates/README.md lists them.
/// </summary>
/// <param name="Review">The review, exactly as <c>analyze</c> renders it.</param>
/// <param name="Headline">The verdict in one plain sentence (no Markdown).</param>
/// <param name="Findings">The active findings, most severe first, report order within a severity.</param>
/// <param name="SeverityBars">One bar per severity, highest first, zeros included.</param>
/// <param name="CategoryBars">One bar per category reviewed, in category order.</param>
/// <param name="Categories">All seven categories, with whether this review covered each.</param>
/// <param name="Regions">Every TLS region of every category, by path, line and category.</param>
/// <param name="CatalogDigest">The first 12 hex digits of a SHA-256 over the rule catalog: two reports with the same digest ran the same rules.</param>
public sealed record AuditModel(
    ReviewModel Review,
    AuditCover Cover,
    string Headline,
    IReadOnlyList<FindingModel> Findings,
    IReadOnlyList<ChartBar> SeverityBars,
    IReadOnlyList<ChartBar> CategoryBars,
    IReadOnlyList<AuditCategory> Categories,
    IReadOnlyList<AuditRegion> Regions,
    string CatalogDigest);

/// <param name="Client">Null when --client was not given.</param>
/// <param name="Auditor">Null when --auditor was not given.</param>
/// <param name="Date">YYYY-MM-DD: the date given, else the reviewed commit's; null when neither exists.</param>
/// <param name="Repository">The remote URL (without credentials) or the folder's name.</param>
/// <param name="Commit">The full commit id; null outside git or before the first commit.</param>
/// <param name="Provenance">Plain sentences: what was reviewed (a clean commit, uncommitted changes, no git) and where the date comes from.</param>
/// <param name="Reproducible">True when the source is exactly a commit: the same commit gives the same report.</param>
public sealed record AuditCover(
    string Title,
    string? Client,
    string? Auditor,
    string? Date,
    string Repository,
    string? Commit,
    string Provenance,
    bool Reproducible);

/// <summary>One bar of a chart; <paramref name="Width"/> is in chart units, the longest bar being 100.</summary>
/// <param name="Name">Machine name, for CSS classes ("high", "certificates").</param>
public sealed record ChartBar(string Label, string Name, int Count, int Width);

public sealed record AuditCategory(int Number, string Name, string Heading, bool Covered);

/// <param name="Category">The category's heading.</param>
public sealed record AuditRegion(SourceLocation Location, string Member, int CategoryNumber, string Category, IReadOnlyList<string> Symbols);
