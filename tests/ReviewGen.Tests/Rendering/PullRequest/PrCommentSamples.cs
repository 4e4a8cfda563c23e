using ReviewGen.Changes;
using ReviewGen.Rendering;
using ReviewGen.Rendering.PullRequest;
using ReviewGen.Review;

namespace ReviewGen.Tests.Rendering.PullRequest;

/// <summary>
/// Comments built from the hand-made Ledger review, its solution in the repository's "ledger" folder. F2's message
/// and excerpt are hostile: the message mentions, references and closes tags, the excerpt holds a run of seven
/// backticks besides the sample's own hostile line.
/// </summary>
internal static class PrCommentSamples
{
    public const string LinkBase = "https://github.com/octo/ledger/blob/0123456789abcdef0123456789abcdef01234567";

    public const string HostileMessage = "Thanks @octocat, see #1 and octo/other#2. </details><script>alert(1)</script> `@kept in code`";

    public const string SevenBackticks = "var fence = \"```````\";";

    public static PrCommentRenderer Renderer(int maxLength = PrCommentRenderer.DefaultMaxLength) => new(new TemplateDirectory(), maxLength);

    public static ReviewModel HostileLedger()
    {
        var review = ReviewModelSamples.Ledger();
        var findings = review.Findings.Select(f => f.Id != "F2" ? f : f with
        {
            Message = HostileMessage,
            Excerpt = f.Excerpt with
            {
                Lines = [.. f.Excerpt.Lines, new ExcerptLine(34, false, SevenBackticks, [new ClassifiedText(SevenBackticks, "string")])],
                EndLine = 34,
            },
        });
        return review with { Findings = [.. findings] };
    }

    /// <summary>The change touches the given lines of files named relative to the solution folder.</summary>
    public static ChangeReview Change(ReviewModel review, params (string Path, int Line)[] touched)
    {
        var paths = new RepositoryPathMap("ledger");
        var files = touched.GroupBy(t => t.Path).Select(g =>
            new FileChange(paths.ToRepository(g.Key), paths.ToRepository(g.Key), FileChangeKind.Modified, false, [.. g.Select(t => t.Line)]));
        return ChangedFindingFilter.Apply(review, ChangeSet.From(files, []), paths);
    }

    /// <summary>All three findings new.</summary>
    public static ChangeReview AllNew(ReviewModel review) => Change(review,
        ("src/Ledger.Client/TrustPolicy.cs", 20), ("src/Ledger.Reports/ReportUploader.cs", 31), ("src/Ledger.Client/LedgerClient.cs", 52));
}
