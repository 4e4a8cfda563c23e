using ReviewGen.Rules;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Rules;

/// <summary>The certificate rules RG0025–RG0028 name their evidence, and RG0027 defers to a certificate authentication handler anywhere in the solution.</summary>
public sealed class CertificateRuleMessageTests
{
    private const string CertificateHandler = """
        namespace Microsoft.AspNetCore.Authentication.Certificate
        {
            public sealed class AuthenticationBuilder
            {
            }

            public static class CertificateAuthenticationExtensions
            {
                public static AuthenticationBuilder AddCertificate(this AuthenticationBuilder builder) => builder;
            }
        }

        namespace Fixture.Rg0027
        {
            using Microsoft.AspNetCore.Authentication.Certificate;

            public static class Authentication
            {
                public static AuthenticationBuilder Register(AuthenticationBuilder builder) => builder.AddCertificate();
            }
        }
        """;

    [Fact]
    public async Task A_certificate_authentication_handler_in_the_solution_validates_what_AllowAnyClientCertificate_lets_through()
    {
        var results = await AnalyzeAsync("RG0027", ("Authentication.cs", CertificateHandler));

        Assert.DoesNotContain(results.Findings, f => f.Rule.Id == "RG0027");
        Assert.Contains(results.Observations, o => o.RuleId == "RG0027" && o.Path == "GatewayHost.cs" && o.StartLine == 14
            && o.Text.Contains("certificate authentication handler registered at `Authentication.cs` line 19", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AllowAnyClientCertificate_names_the_callback_it_replaces()
    {
        var results = await AnalyzeAsync("RG0027");

        var finding = Assert.Single(results.Findings, f => f.Rule.Id == "RG0027" && f.StartLine == 22);
        Assert.Contains("`options.AllowAnyClientCertificate()`", finding.Message, StringComparison.Ordinal);
        Assert.Contains("callback set at line 21 is replaced by it", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_callback_that_ignores_the_errors_is_named_with_what_it_tests_instead()
    {
        var results = await AnalyzeAsync("RG0025");

        var finding = Assert.Single(results.Findings, f => f.Rule.Id == "RG0025" && f.Path == "OwnTests.cs" && f.StartLine == 16);
        Assert.Contains("never reads its `SslPolicyErrors` parameter `errors`, pins nothing and builds no chain; it returns `certificate != null` at line 16",
            finding.Message, StringComparison.Ordinal);
        Assert.Contains(results.Observations, o => o.RuleId == "RG0025" && o.Path == "Pinning.cs"
            && o.Text.Contains("builds a chain of its own with `X509ChainTrustMode.CustomRootTrust`", StringComparison.Ordinal));
        Assert.DoesNotContain(results.Findings, f => f.Rule.Id is "RG0010" or "RG0011" or "RG0012");
    }

    [Fact]
    public async Task A_root_store_kept_in_a_field_is_named_with_where_it_was_opened()
    {
        var results = await AnalyzeAsync("RG0028");

        var finding = Assert.Single(results.Findings, f => f.Rule.Id == "RG0028" && f.Path == "TrustBootstrapper.cs");
        Assert.Contains("`X509Store.Add` adds a certificate to `TrustBootstrapper._roots`, an `X509Store` opened on `StoreName.Root`", finding.Message, StringComparison.Ordinal);
        Assert.Contains(finding.Related, r => r is { Path: "TrustBootstrapper.cs", StartLine: 8, Description: "created here" });
    }

    [Fact]
    public async Task ExtraStore_findings_point_at_the_allowance_on_the_same_policy()
    {
        var results = await AnalyzeAsync("RG0026");

        var finding = Assert.Single(results.Findings, f => f.Rule.Id == "RG0026" && f.Path == "PartnerChains.cs" && f.StartLine == 12);
        Assert.Contains("`X509VerificationFlags.AllowUnknownCertificateAuthority` is set on the same policy at line 14", finding.Message, StringComparison.Ordinal);
        Assert.Contains(results.Observations, o => o.RuleId == "RG0026" && o.Text.Contains("`X509ChainTrustMode.CustomRootTrust` at line", StringComparison.Ordinal));
    }

    private static async Task<RuleResults> AnalyzeAsync(string rule, params (string Path, string Code)[] extra)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "RuleFixtures", rule);
        using var loaded = InMemorySolution.Create([.. Directory.GetFiles(folder, "*.cs").Order().Select(f => (Path.GetFileName(f), File.ReadAllText(f))), .. extra]);
        var (_, results) = await InMemorySolution.AnalyzeAsync(loaded);
        return results;
    }
}
