using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Rules;

/// <summary>A callback kept in a field is reported where it is installed, naming its body and where it was stored.</summary>
public sealed class StoredCallbackTests
{
    [Fact]
    public async Task The_installation_names_the_stored_callback_and_where_it_was_stored()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "RuleFixtures", "RG0001");
        using var loaded = InMemorySolution.Create(Directory.GetFiles(folder, "*.cs").Order()
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray());

        var (_, results) = await InMemorySolution.AnalyzeAsync(loaded);

        var finding = Assert.Single(results.Findings, f => f.Path == "StoredCallbacks.cs" && f.StartLine == 23);
        Assert.Contains("`CertificatePolicies.TrustEverything` (`CertificatePolicies.cs` lines 9–13)", finding.Message);
        Assert.Contains("passed to the `SslStream` constructor through `_validator`", finding.Message);
        Assert.Contains(finding.Related, r => r is { Path: "StoredCallbacks.cs", StartLine: 16, Description: "stored in _validator" });
        Assert.Contains(finding.Related, r => r is { Path: "CertificatePolicies.cs", StartLine: 9, Description: "callback body" });
        Assert.Contains(results.Observations, o => o.Path == "StoredCallbacks.cs" && o.StartLine == 23 && o.Text.Contains("`CertificatePolicies.Pinned`"));
    }
}
