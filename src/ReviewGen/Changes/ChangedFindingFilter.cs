using ReviewGen.Review;
using ReviewGen.Settings;

namespace ReviewGen.Changes;

/// <summary>
/// Keeps the findings a change is answerable for. A finding is new when the change touched any line of its location
/// or of a related location: a callback finding points at the callback's body and relates the place it is
/// installed, and changing either one can be what made it a defect.
/// </summary>
public static class ChangedFindingFilter
{
    public static ChangeReview Apply(ReviewModel review, ChangeSet changes, RepositoryPathMap paths)
    {
        bool Touched(SourceLocation location) =>
            changes.Touches(paths.ToRepository(location.Path), location.StartLine, location.EndLine);

        bool IsNew(FindingModel finding) => Touched(finding.Location) || finding.Related.Any(r => Touched(r.Location));

        var newFindings = review.Findings.Where(IsNew).ToArray();
        var newApart = review.TestAndSample?.Findings.Where(IsNew).ToArray() ?? [];
        var regions = review.Categories
            .SelectMany(c => c.Regions.Where(r => Touched(r.Location)).Select(r => new TouchedRegion(
                c.Name, c.Heading, r, !newFindings.Any(f => Overlaps(f, r.Location)))))
            .ToArray();
        return new ChangeReview(review, newFindings, newApart, regions, paths)
        {
            ChangedSettingsFiles = [.. changes.Paths.Where(p => Path.GetFileName(p) is ReviewSettingsFile.FileName or ".editorconfig")],
        };
    }

    private static bool Overlaps(FindingModel finding, SourceLocation region) =>
        new[] { finding.Location }.Concat(finding.Related.Select(r => r.Location)).Any(l =>
            l.Path == region.Path && l.StartLine <= region.EndLine && region.StartLine <= l.EndLine);
}
