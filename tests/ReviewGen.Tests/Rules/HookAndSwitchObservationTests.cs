using ReviewGen.Rules;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Rules;

/// <summary>
/// Settings that are a library hook (BouncyCastle's <c>GetCertificateStatusRequest</c>) or a process-wide switch
/// (<c>System.Net.Security.DisableTlsResume</c>) are stated as observations, never findings.
/// </summary>
public sealed class HookAndSwitchObservationTests
{
    private const string Clients = """
        using System.Collections.Generic;
        using Org.BouncyCastle.Tls;
        using Org.BouncyCastle.Tls.Crypto;

        namespace Fixture;

        public sealed class MeterClient(TlsCrypto crypto) : DefaultTlsClient(crypto) // no override
        {
            public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
        }

        public sealed class BillingClient(TlsCrypto crypto) : DefaultTlsClient(crypto)
        {
            public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);

            public override CertificateStatusRequest GetCertificateStatusRequest()
            {
                return null!; // returns null
            }
        }

        public abstract class StaplingClient(TlsCrypto crypto) : DefaultTlsClient(crypto)
        {
            public override CertificateStatusRequest GetCertificateStatusRequest() =>
                new(CertificateStatusType.ocsp, new OcspStatusRequest(new List<Org.BouncyCastle.Asn1.Ocsp.ResponderID>(), null)); // asks
        }

        public sealed class LedgerClient(TlsCrypto crypto) : StaplingClient(crypto) // inherits stapling
        {
            public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
        }
        """;

    private const string Startup = """
        using System;

        namespace Fixture;

        public static class Startup
        {
            public static void Configure(bool legacyPeers)
            {
                AppContext.SetSwitch("System.Net.Security.DisableTlsResume", true); // resume off
                AppContext.SetSwitch("System.Net.Security.DisableTlsResume", false); // resume on
                AppContext.SetSwitch("System.Net.Security.DisableTlsResume", legacyPeers); // not constant
                AppContext.SetSwitch("System.Globalization.Invariant", true); // other switch
            }
        }
        """;

    [Fact]
    public async Task Stapling_requests_are_stated_for_a_client_left_to_the_library_and_one_that_returns_null()
    {
        var observations = await ObserveAsync();

        var unset = Assert.Single(observations, o => o.Path == "Clients.cs" && o.StartLine == Line(Clients, "// no override"));
        Assert.Equal(("RG0004", "`MeterClient` never overrides `AbstractTlsClient.GetCertificateStatusRequest`, so the library's default applies: the client asks the server " +
            "for a stapled OCSP response (a `status_request` extension; BouncyCastle's `AbstractTlsClient` sends one unless the override says otherwise)."),
            (unset.RuleId, unset.Text));
        Assert.Equal(
            "`BillingClient.GetCertificateStatusRequest` returns `null`: the client sends no `status_request` extension, so the server staples no OCSP response " +
            "and the client learns nothing of the certificate's revocation in the handshake.",
            Assert.Single(observations, o => o.Path == "Clients.cs" && o.StartLine == Line(Clients, "// returns null")).Text);
    }

    [Fact]
    public async Task A_client_that_asks_for_stapling_itself_or_through_its_base_is_not_described()
    {
        var observations = await ObserveAsync();

        Assert.DoesNotContain(observations, o => o.Path == "Clients.cs" && o.Text.Contains("GetCertificateStatusRequest", StringComparison.Ordinal)
            && (o.StartLine == Line(Clients, "// asks") || o.StartLine == Line(Clients, "// inherits stapling") || o.Text.Contains("StaplingClient", StringComparison.Ordinal)));
        Assert.Equal(2, observations.Count(o => o.Path == "Clients.cs" && o.Text.Contains("GetCertificateStatusRequest", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_process_wide_resumption_switch_is_stated_as_a_sessions_observation()
    {
        var observations = await ObserveAsync();

        var off = Assert.Single(observations, o => o.Path == "Startup.cs" && o.StartLine == Line(Startup, "// resume off"));
        Assert.Equal(("RG0008", "The `isEnabled` argument of `AppContext.SetSwitch` for `\"System.Net.Security.DisableTlsResume\"` is given `true`: every `SslStream` " +
            "of the process (and so `HttpClient`) stops resuming TLS sessions, whatever `AllowTlsResume` says, so every connection pays for a full handshake."),
            (off.RuleId, off.Text));
        Assert.Contains(observations, o => o.Path == "Startup.cs" && o.StartLine == Line(Startup, "// resume on") && o.RuleId == "RG0008");
        Assert.DoesNotContain(observations, o => o.Path == "Startup.cs" && (o.StartLine == Line(Startup, "// not constant") || o.StartLine == Line(Startup, "// other switch")));
    }

    private static async Task<IReadOnlyList<RuleObservation>> ObserveAsync()
    {
        using var loaded = InMemorySolution.CreateTargeted(["net10.0"], ("Clients.cs", Clients), ("Startup.cs", Startup));
        var (_, results) = await InMemorySolution.AnalyzeAsync(loaded);
        Assert.DoesNotContain(results.Findings, f => f.Rule.Id is "RG0004" or "RG0008");
        return results.Observations;
    }

    private static int Line(string code, string marker) =>
        code.Split('\n').Select((text, index) => (text, index)).Single(l => l.text.Contains(marker, StringComparison.Ordinal)).index + 1;
}
