using System.Text.RegularExpressions;
using ReviewGen.Rendering.PullRequest;
using ReviewGen.Review;

namespace ReviewGen.Tests.Rendering.PullRequest;

public sealed class PrCommentRendererTests
{
    private static readonly string Comment =
        PrCommentSamples.Renderer().Render(PrCommentBuilder.Build(PrCommentSamples.AllNew(PrCommentSamples.HostileLedger()), PrCommentSamples.LinkBase));

    [Fact]
    public void New_findings_of_sample_code_are_listed_apart_and_not_counted()
    {
        var comment = PrCommentSamples.Renderer().Render(PrCommentBuilder.Build(
            PrCommentSamples.Change(ReviewModelSamples.Ledger(), ("src/Ledger.Client/LedgerClient.cs", 52), ("samples/Echo/EchoClient.cs", 19)), linkBase: null));

        Assert.Contains("**1 new TLS finding: 1 low**", comment, StringComparison.Ordinal);
        Assert.Contains("In test and sample code, not counted and each one severity lower: 1 new finding.", comment, StringComparison.Ordinal);
        Assert.Contains("| T1 | high | RG0001 | Certificate validation disabled | `ledger/samples/Echo/EchoClient.cs` lines 18–21 |", comment, StringComparison.Ordinal);
        Assert.DoesNotContain("<summary>T1", comment, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_to_the_reviews_configuration_is_called_out_first()
    {
        var change = PrCommentSamples.Change(ReviewModelSamples.Ledger(), ("reviewgen.json", 2), ("src/Ledger.Client/LedgerClient.cs", 52));

        var comment = PrCommentSamples.Renderer().Render(PrCommentBuilder.Build(change, linkBase: null));

        var lines = comment.Split('\n');
        Assert.Equal(
            "**This change edits the review's own configuration** (`ledger/reviewgen.json`), and this review followed it as changed: check that it does not turn off or lower what would find a defect in the change.",
            lines[1]);
    }

    [Fact]
    public void The_hidden_marker_comes_first()
    {
        Assert.StartsWith(PrCommentModel.CommentMarker + "\n", Comment);
    }

    [Fact]
    public void One_summary_line_counts_new_findings_by_severity()
    {
        Assert.Contains("\n**3 new TLS findings: 1 critical, 1 medium, 1 low**\n", Comment);
    }

    [Fact]
    public void Table_rows_link_to_the_line_range_on_the_head_commit_by_repository_path()
    {
        Assert.Contains(
            $"| F1 | critical | RG0001 | Certificate validation disabled | [`ledger/src/Ledger.Client/TrustPolicy.cs` lines 18–21]({PrCommentSamples.LinkBase}/ledger/src/Ledger.Client/TrustPolicy.cs#L18-L21) |",
            Comment);
        Assert.Contains($"({PrCommentSamples.LinkBase}/ledger/src/Ledger.Client/LedgerClient.cs#L52) |", Comment);
    }

    [Fact]
    public void Without_a_link_base_locations_are_plain_text()
    {
        var comment = PrCommentSamples.Renderer().Render(PrCommentBuilder.Build(PrCommentSamples.AllNew(ReviewModelSamples.Ledger()), linkBase: null));

        Assert.Contains("| `ledger/src/Ledger.Client/TrustPolicy.cs` lines 18–21 |", comment);
        Assert.DoesNotContain("](", comment);
    }

    [Fact]
    public void Each_finding_has_closed_details_with_excerpt_explanation_and_fix()
    {
        Assert.Equal(3, Regex.Matches(Comment, "^<details>$", RegexOptions.Multiline).Count);
        Assert.Equal(3, Regex.Matches(Comment, "^</details>$", RegexOptions.Multiline).Count);
        Assert.Contains("<summary>F1 RG0001: Certificate validation disabled (critical, CWE-295) in ledger/src/Ledger.Client/TrustPolicy.cs</summary>", Comment);
        Assert.Contains("**Fix:** Return `errors == SslPolicyErrors.None`", Comment);
        Assert.Contains("\n>20 |         return true;\n", Comment);
        Assert.Contains("- [`ledger/src/Ledger.Client/LedgerClient.cs` line 44](", Comment);
    }

    [Fact]
    public void The_excerpt_fence_is_longer_than_any_backtick_run_in_it()
    {
        var open = Comment.IndexOf("\n````````csharp\n", StringComparison.Ordinal);
        var code = Comment.IndexOf(PrCommentSamples.SevenBackticks, StringComparison.Ordinal);
        var close = Comment.IndexOf("\n````````\n", open + 1, StringComparison.Ordinal);

        Assert.True(open >= 0 && open < code && code < close, Comment);
        Assert.Contains(ReviewModelSamples.HostileCode, Comment[open..close]);
    }

    [Fact]
    public void Hostile_text_outside_fences_cannot_ping_link_or_close_the_details()
    {
        var outside = OutsideFences(Comment);

        Assert.Contains("Thanks @&#8203;octocat, see #&#8203;1 and octo/other#&#8203;2. &lt;/details&gt;&lt;script&gt;", outside);
        Assert.Contains("`@kept in code`", outside);
        Assert.DoesNotContain("<script", outside);
        Assert.DoesNotMatch(@"@(?!&#8203;|kept in code`)[A-Za-z0-9]", outside);
        Assert.DoesNotMatch(@"(?<!&)#\d", outside);
    }

    [Fact]
    public void A_clean_change_says_so_in_one_line()
    {
        var clean = PrCommentSamples.Change(ReviewModelSamples.Ledger(), ("src/Ledger.Reports/ReportUploader.cs", 30));

        var comment = PrCommentSamples.Renderer().Render(PrCommentBuilder.Build(clean, PrCommentSamples.LinkBase));

        Assert.Equal(
            $"{PrCommentModel.CommentMarker}\nNo new TLS findings in the lines this change touches (1 TLS region checked).\n",
            comment);
    }

    [Fact]
    public void Touched_regions_that_passed_get_one_sentence()
    {
        var change = PrCommentSamples.Change(ReviewModelSamples.Ledger(),
            ("src/Ledger.Client/TrustPolicy.cs", 20), ("src/Ledger.Reports/ReportUploader.cs", 30));

        var comment = PrCommentSamples.Renderer().Render(PrCommentBuilder.Build(change, linkBase: null));

        Assert.Contains("**1 new TLS finding: 1 critical**", comment);
        Assert.EndsWith(
            "\nThe change also touches 1 TLS region that passed: `ledger/src/Ledger.Reports/ReportUploader.cs` lines 29–33 (Error handling).\n",
            comment);
    }

    [Fact]
    public void The_passed_sentence_lists_five_regions_and_counts_the_rest()
    {
        var review = ReviewModelSamples.Ledger();
        var many = Enumerable.Range(1, 7)
            .Select(i => new RegionModel(new SourceLocation("src/Many.cs", i * 10, i * 10 + 5), $"Many.M{i}", ["System.Net.Security.SslStream"], ["net10.0"]))
            .ToArray();
        review = review with { Categories = [.. review.Categories.Select(c => c.Name == "sessions" ? c with { Regions = many } : c)] };
        var change = PrCommentSamples.Change(review,
            [("src/Ledger.Client/TrustPolicy.cs", 20), .. Enumerable.Range(1, 7).Select(i => ("src/Many.cs", i * 10))]);

        var comment = PrCommentSamples.Renderer().Render(PrCommentBuilder.Build(change, linkBase: null));

        Assert.Contains("\nThe change also touches 7 TLS regions that passed: `ledger/src/Many.cs` lines 10–15 (Session management); ", comment);
        Assert.Contains("`ledger/src/Many.cs` lines 50–55 (Session management); and 2 more.\n", comment);
        Assert.DoesNotContain("lines 60–65", comment);
    }

    [Fact]
    public void Over_the_cap_the_least_severe_details_go_first_and_a_note_says_so()
    {
        var model = PrCommentBuilder.Build(PrCommentSamples.AllNew(ReviewModelSamples.Ledger()), PrCommentSamples.LinkBase);
        var full = PrCommentSamples.Renderer().Render(model);

        var capped = PrCommentSamples.Renderer(full.Length - 1).Render(model);

        Assert.True(capped.Length < full.Length);
        Assert.Contains("| F3 | low | RG0004 |", capped);
        Assert.Contains("<summary>F1 ", capped);
        Assert.Contains("<summary>F2 ", capped);
        Assert.DoesNotContain("<summary>F3 ", capped);
        Assert.Contains("the details of the 1 least severe finding are left out; the full review (the workflow's artifact) has them.", capped);
    }

    [Fact]
    public void Far_over_the_cap_table_rows_go_too_least_severe_first()
    {
        var model = PrCommentBuilder.Build(PrCommentSamples.AllNew(ReviewModelSamples.Ledger()), PrCommentSamples.LinkBase);

        var capped = PrCommentSamples.Renderer(900).Render(model);

        Assert.True(capped.Length <= 900, capped);
        Assert.DoesNotContain("<details>", capped);
        Assert.Contains("| F1 | critical |", capped);
        Assert.DoesNotContain("| F3 |", capped);
        Assert.Matches(@"the table rows of the \d least severe are left out", capped);
        Assert.Contains("**3 new TLS findings: 1 critical, 1 medium, 1 low**", capped);
    }

    [Fact]
    public void A_huge_excerpt_is_cut_to_stay_under_the_default_cap()
    {
        var review = ReviewModelSamples.Ledger();
        var huge = new string('x', 70_000);
        review = review with
        {
            Findings = [.. review.Findings.Select(f => f.Id != "F3" ? f : f with
            {
                Excerpt = f.Excerpt with { Lines = [new(52, true, huge, [])] },
            })],
        };

        var comment = PrCommentSamples.Renderer().Render(PrCommentBuilder.Build(PrCommentSamples.AllNew(review), PrCommentSamples.LinkBase));

        Assert.True(comment.Length <= PrCommentRenderer.DefaultMaxLength);
        Assert.DoesNotContain(huge, comment);
        Assert.Contains("| F3 | low | RG0004 |", comment);
        Assert.Contains("<summary>F1 ", comment);
    }

    /// <summary>The comment without its fenced code blocks: where GitHub reads Markdown, mentions and HTML.</summary>
    private static string OutsideFences(string markdown)
    {
        var outside = new List<string>();
        string? fence = null;
        foreach (var line in markdown.Split('\n'))
        {
            var run = Regex.Match(line, "^`{3,}").Value;
            if (fence is null && run.Length > 0)
                fence = run;
            else if (fence is not null && line == fence)
                fence = null;
            else if (fence is null)
                outside.Add(line);
        }
        return string.Join('\n', outside);
    }
}
