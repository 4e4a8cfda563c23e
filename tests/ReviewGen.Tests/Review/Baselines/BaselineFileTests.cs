using ReviewGen.Review;
using ReviewGen.Review.Baselines;
using ReviewGen.Tests.Rendering;

namespace ReviewGen.Tests.Review.Baselines;

public sealed class BaselineFileTests
{
    [Fact]
    public void Records_the_active_findings_of_production_test_and_sample_code_sorted_by_path_line_and_rule()
    {
        var baseline = BaselineFile.Of(ReviewModelSamples.Ledger());

        Assert.Equal(BaselineFile.CurrentVersion, baseline.Version);
        Assert.Equal(
            [("samples/Echo/EchoClient.cs", 18, "RG0001"), ("src/Ledger.Client/LedgerClient.cs", 52, "RG0004"), ("src/Ledger.Client/TrustPolicy.cs", 18, "RG0001"), ("src/Ledger.Reports/ReportUploader.cs", 31, "RG0003")],
            baseline.Findings.Select(e => (e.Path, e.StartLine, e.RuleId)));
        Assert.Equal("4f1c2a9e5b7d0c3e8a6f1b2d9c4e7a05", baseline.Findings[2].Fingerprint);
        Assert.Equal("Certificate validation disabled", baseline.Findings[2].Title);
    }

    [Fact]
    public void Is_written_as_stable_json_and_read_back_alike()
    {
        var baseline = BaselineFile.Of(ReviewModelSamples.Ledger());

        var json = baseline.ToJson();
        var read = BaselineFile.Parse(json, "baseline.json");

        Assert.StartsWith("{\n  \"version\": 1,\n  \"tool\": {\n    \"name\": \"ReviewGen\",", json);
        Assert.Contains("\"ruleId\": \"RG0001\",\n      \"fingerprint\": \"4f1c2a9e5b7d0c3e8a6f1b2d9c4e7a05\",\n      \"path\": \"src/Ledger.Client/TrustPolicy.cs\",\n      \"startLine\": 18,", json);
        Assert.Equal(baseline.Findings, read.Findings);
        Assert.Equal(json, read.ToJson());
    }

    [Theory]
    [InlineData("{ \"version\": 1, \"tool\": ", "is not valid JSON")]
    [InlineData("[]", "is not a ReviewGen baseline")]
    [InlineData("{ \"findings\": [] }", "is not a ReviewGen baseline")]
    [InlineData("{ \"version\": 2, \"tool\": { \"name\": \"ReviewGen\", \"version\": \"9.0.0\" }, \"findings\": [] }", "is of version 2, and this ReviewGen reads version 1")]
    [InlineData("{ \"version\": 1, \"tool\": { \"name\": \"ReviewGen\", \"version\": \"0.1.0\" } }", "is not a valid ReviewGen baseline")]
    [InlineData("{ \"version\": 1, \"tool\": { \"name\": \"ReviewGen\", \"version\": \"0.1.0\" }, \"findings\": [ { \"ruleId\": \"RG0001\" } ] }", "is not a valid ReviewGen baseline")]
    public void A_file_that_is_not_a_baseline_of_this_version_is_refused_with_its_name(string text, string reason)
    {
        var error = Assert.Throws<BaselineException>(() => BaselineFile.Parse(text, "team/baseline.json"));

        Assert.Contains("team/baseline.json", error.Message);
        Assert.Contains(reason, error.Message);
        Assert.DoesNotContain("\n", error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<BaselineException>(() => BaselineFile.Read("no/such/baseline.json"));

        Assert.Contains("no/such/baseline.json does not exist", error.Message);
    }

    [Fact]
    public void Suppressed_findings_are_not_recorded()
    {
        var review = ReviewModelSamples.Ledger();

        var recorded = BaselineFile.Of(review).Findings.Select(e => e.Fingerprint);

        Assert.DoesNotContain(review.Suppressed[0].Finding.Fingerprint, recorded);
    }
}
