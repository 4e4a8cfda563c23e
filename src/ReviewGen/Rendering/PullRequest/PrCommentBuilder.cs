using ReviewGen.Catalog;
using ReviewGen.Changes;
using ReviewGen.Review;

namespace ReviewGen.Rendering.PullRequest;

/// <summary>Builds the comment's model from the review of a change, every path made relative to the repository.</summary>
public static class PrCommentBuilder
{
    /// <summary>The passed regions the sentence names; more are counted, not listed, to keep the comment short.</summary>
    public const int ListedPassedRegions = 5;

    /// <summary>The new findings of test and sample code listed; they count for nothing, so more are only counted.</summary>
    public const int ListedTestAndSampleFindings = 10;

    /// <param name="linkBase">The URL of the head commit's tree (<see cref="CommentLinkBase"/>); null writes plain locations.</param>
    public static PrCommentModel Build(ChangeReview change, string? linkBase)
    {
        PrCommentLocation Locate(SourceLocation location)
        {
            var path = change.Paths.ToRepository(location.Path);
            return new PrCommentLocation(path, location.StartLine, location.EndLine, Link(linkBase, path, location.StartLine, location.EndLine));
        }

        var findings = change.NewFindings
            .Select(f => new PrCommentFinding(f, Locate(f.Location), [.. f.Related.Select(r => new PrCommentRelated(Locate(r.Location), r.Description))], Detailed: true))
            .ToArray();
        var counts = SeverityInfo.HighestFirst
            .Select(s => new SeverityCount(s.MachineName(), findings.Count(f => f.Finding.Severity == s.MachineName())))
            .Where(c => c.Count > 0)
            .ToArray();
        // A member can be a region of several categories; the reader counts places, not category entries.
        var places = change.TouchedRegions
            .GroupBy(r => r.Region.Location)
            .Select(g => (Location: g.Key, Passed: g.All(r => r.Passed), Categories: g.Select(r => r.CategoryHeading).Distinct(StringComparer.Ordinal).ToArray()))
            .ToArray();
        var passed = places.Where(p => p.Passed).ToArray();
        return new PrCommentModel(
            PrCommentModel.CommentMarker,
            findings.Length,
            counts,
            findings,
            places.Length,
            [.. passed.Take(ListedPassedRegions).Select(p => new PrCommentRegion(Locate(p.Location), p.Categories))],
            passed.Length,
            OmittedDetails: 0,
            OmittedRows: 0)
        {
            TestAndSample = [.. change.NewTestAndSampleFindings.Take(ListedTestAndSampleFindings)
                .Select(f => new PrCommentFinding(f, Locate(f.Location), [], Detailed: false))],
            TestAndSampleTotal = change.NewTestAndSampleFindings.Count,
            ChangedSettingsFiles = change.ChangedSettingsFiles,
        };
    }

    /// <summary>"BASE/src/A%20B.cs#L10-L12": each path segment escaped, GitHub's form for a line range.</summary>
    internal static string? Link(string? linkBase, string path, int startLine, int endLine)
    {
        if (linkBase is null)
            return null;
        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        var lines = startLine == endLine ? $"L{startLine}" : $"L{startLine}-L{endLine}";
        return $"{linkBase}/{escaped}#{lines}";
    }
}
