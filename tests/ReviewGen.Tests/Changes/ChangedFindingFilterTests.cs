using ReviewGen.Changes;
using ReviewGen.Rendering;
using ReviewGen.Tests.Rendering;

namespace ReviewGen.Tests.Changes;

/// <summary>
/// The filter on the hand-made Ledger review, with the solution in the repository's "ledger" folder. F1 (RG0001) is
/// the callback body in TrustPolicy.cs 18–21, installed at LedgerClient.cs 44; F2 is ReportUploader.cs 31; F3 is
/// LedgerClient.cs 52.
/// </summary>
public sealed class ChangedFindingFilterTests
{
    private static readonly RepositoryPathMap Paths = new("ledger");

    private static ChangeReview Filter(string repositoryPath, params int[] lines) =>
        ChangedFindingFilter.Apply(
            ReviewModelSamples.Ledger(),
            ChangeSet.From([new FileChange(repositoryPath, repositoryPath, FileChangeKind.Modified, false, lines)], []),
            Paths);

    [Fact]
    public void A_change_in_sample_code_makes_its_finding_new_apart_from_the_counted_ones()
    {
        var change = Filter("ledger/samples/Echo/EchoClient.cs", 19);

        Assert.Empty(change.NewFindings);
        Assert.Equal(["T1"], change.NewTestAndSampleFindings.Select(f => f.Id));
        Assert.Equal(["T1"], change.NewFindingsOnly().TestAndSample!.Findings.Select(f => f.Id));
        Assert.Equal(0, change.NewFindingsOnly().Verdict.Total);
    }

    [Fact]
    public void A_change_to_the_reviews_own_configuration_is_named()
    {
        var change = ChangedFindingFilter.Apply(
            ReviewModelSamples.Ledger(),
            ChangeSet.From(
                [
                    new FileChange("ledger/reviewgen.json", "ledger/reviewgen.json", FileChangeKind.Modified, false, [3]),
                    new FileChange(null, "ledger/src/.editorconfig", FileChangeKind.Added, false, [1, 2]),
                    new FileChange("ledger/src/Ledger.Client/LedgerClient.cs", "ledger/src/Ledger.Client/LedgerClient.cs", FileChangeKind.Modified, false, [60]),
                ],
                []),
            Paths);

        Assert.Equal(["ledger/reviewgen.json", "ledger/src/.editorconfig"], change.ChangedSettingsFiles);
    }

    [Fact]
    public void A_change_in_the_callback_body_makes_its_finding_new()
    {
        var change = Filter("ledger/src/Ledger.Client/TrustPolicy.cs", 20);

        Assert.Equal(["F1"], change.NewFindings.Select(f => f.Id));
    }

    [Fact]
    public void A_change_at_the_installation_point_alone_makes_the_callback_finding_new()
    {
        var change = Filter("ledger/src/Ledger.Client/LedgerClient.cs", 44);

        Assert.Equal(["F1"], change.NewFindings.Select(f => f.Id));
    }

    [Fact]
    public void Unchanged_lines_of_a_changed_file_keep_their_findings_out()
    {
        var change = Filter("ledger/src/Ledger.Reports/ReportUploader.cs", 30);

        Assert.Empty(change.NewFindings);
    }

    [Fact]
    public void Paths_are_compared_relative_to_the_repository_not_the_solution()
    {
        Assert.Empty(Filter("src/Ledger.Client/TrustPolicy.cs", 20).NewFindings);
    }

    [Fact]
    public void A_touched_region_without_a_new_finding_passed()
    {
        var change = Filter("ledger/src/Ledger.Reports/ReportUploader.cs", 30);

        var region = Assert.Single(change.TouchedRegions);
        Assert.Equal(("error-handling", 29, 33, true), (region.Category, region.Region.Location.StartLine, region.Region.Location.EndLine, region.Passed));
    }

    [Fact]
    public void Touched_regions_holding_a_new_finding_did_not_pass()
    {
        var change = Filter("ledger/src/Ledger.Client/LedgerClient.cs", 52);

        Assert.Equal(["F3"], change.NewFindings.Select(f => f.Id));
        Assert.Equal([("init-cleanup", false), ("ciphers-protocols", false)], change.TouchedRegions.Select(r => (r.Category, r.Passed)));
    }

    [Fact]
    public void The_new_findings_only_review_holds_them_alone_with_their_verdict()
    {
        var review = Filter("ledger/src/Ledger.Client/LedgerClient.cs", 52).NewFindingsOnly();

        Assert.Equal(["F3"], review.Findings.Select(f => f.Id));
        Assert.Equal(1, review.Verdict.Total);
        Assert.Equal(["F3"], review.Categories.SelectMany(c => c.FindingIds));
        Assert.Equal(["RG0001", "RG0003", "RG0004", "RG0009"], review.Rules.Select(r => r.Id));
        var sarif = new SarifRenderer().Render(review);
        Assert.Contains("\"ruleId\": \"RG0004\"", sarif);
        Assert.DoesNotContain("\"ruleId\": \"RG0001\"", sarif);
    }
}
