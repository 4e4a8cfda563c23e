using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Rules;

/// <summary>
/// A hook's offer is followed to its constants wherever they are written: the finding names each constant a rule
/// matches (including those a range spans without naming them) and the declaration that lists them; a sound hook is
/// an observation naming what it offers.
/// </summary>
public sealed class OfferedConstantsTests
{
    [Fact]
    public async Task A_suite_list_in_another_file_is_named_and_pointed_at()
    {
        var results = await AnalyzeAsync("RG0019");

        var finding = Assert.Single(results.Findings, f => f.Rule.Id == "RG0019" && f.Path == "Peers.cs" && f.StartLine == 10);
        Assert.Contains("`CompatibleMeterClient.GetSupportedCipherSuites` offers `TLS_RSA_WITH_3DES_EDE_CBC_SHA`, broken", finding.Message);
        Assert.DoesNotContain("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", finding.Message);
        Assert.Contains(finding.Related, r => r is { Path: "SuiteLists.cs", StartLine: 8, Description: "listed in Compatible" });
        Assert.Contains(results.Observations, o => o.RuleId == "RG0019" && o.Path == "Peers.cs"
            && o.Text.Contains("`TLS_AES_128_GCM_SHA256`, `TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384`, `TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256`: no weak cipher suite"));
    }

    [Fact]
    public async Task A_range_offers_the_versions_between_its_ends()
    {
        var results = await AnalyzeAsync("RG0020");

        var finding = Assert.Single(results.Findings, f => f.Rule.Id == "RG0020" && f.Path == "Peers.cs" && f.StartLine == 8);
        Assert.Contains("offers `TLSv11`, `TLSv10`, deprecated", finding.Message);
        Assert.Contains(results.Observations, o => o.RuleId == "RG0020" && o.Text.Contains("`PinnedServer.GetSupportedVersions` offers `TLSv13`, `TLSv12`: no deprecated"));
    }

    [Fact]
    public async Task A_hook_that_cannot_be_followed_is_neither_a_finding_nor_sound()
    {
        var results = await AnalyzeAsync("RG0023");

        Assert.DoesNotContain(results.Findings, f => f.Member.StartsWith("DelegatingClient", StringComparison.Ordinal));
        Assert.DoesNotContain(results.Observations, o => o.RuleId == "RG0023" && o.Text.Contains("DelegatingClient", StringComparison.Ordinal));
    }

    private static async Task<ReviewGen.Rules.RuleResults> AnalyzeAsync(string rule)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "RuleFixtures", rule);
        using var loaded = InMemorySolution.Create(Directory.GetFiles(folder, "*.cs").Order()
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray());
        var (_, results) = await InMemorySolution.AnalyzeAsync(loaded);
        return results;
    }
}
