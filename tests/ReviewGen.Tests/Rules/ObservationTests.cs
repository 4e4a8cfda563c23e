using ReviewGen.Rules;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Rules;

/// <summary>
/// Settings left to the runtime are stated as observations naming the default for the project's target frameworks;
/// settings the code gives, or objects that leave the member, are not described as unset.
/// </summary>
public sealed class ObservationTests
{
    private const string Code = """
        using System.Net.Http;
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;
        using System.Threading.Tasks;

        namespace Fixture;

        public static class LedgerConnections
        {
            public static async Task Unset(SslStream stream)
            {
                var options = new SslClientAuthenticationOptions { TargetHost = "ledger.internal" }; // unset
                await stream.AuthenticateAsClientAsync(options);
            }

            public static async Task SetAfterwards(SslStream stream)
            {
                var options = new SslClientAuthenticationOptions { TargetHost = "ledger.internal", AllowTlsResume = true }; // set later
                options.CertificateRevocationCheckMode = X509RevocationMode.Online;
                await stream.AuthenticateAsClientAsync(options);
            }

            public static SslClientAuthenticationOptions Factory() => new() { TargetHost = "ledger.internal" }; // returned

            public static Task HandedToOwnCode(SslStream stream)
            {
                var options = new SslClientAuthenticationOptions { TargetHost = "ledger.internal" }; // handed over
                return Harden(stream, options);
            }

            private static Task Harden(SslStream stream, SslClientAuthenticationOptions options)
            {
                options.CertificateRevocationCheckMode = X509RevocationMode.Online;
                options.AllowTlsResume = true;
                return stream.AuthenticateAsClientAsync(options);
            }

            public static Task ShortOverload(SslStream stream) => stream.AuthenticateAsClientAsync("ledger.internal"); // short overload

            public static Task FullOverload(SslStream stream) =>
                stream.AuthenticateAsClientAsync("ledger.internal", null, System.Security.Authentication.SslProtocols.None, true); // full overload

            public static HttpClient Client() => new(new SocketsHttpHandler { SslOptions = { CertificateRevocationCheckMode = X509RevocationMode.Online } }); // nested set

            public static HttpClient BareClient() => new(new SocketsHttpHandler()); // bare handler

        #if NET10_0
            public static Task Net10Only(SslStream stream) => stream.AuthenticateAsClientAsync("ledger.internal"); // net10 only
        #endif
        }
        """;

    private const string Server = """
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;

        namespace Fixture;

        public static class Listener
        {
            public static SslServerAuthenticationOptions Options(X509Certificate2 certificate, X509Certificate2Collection chain)
            {
                var options = new SslServerAuthenticationOptions
                {
                    ServerCertificateContext = SslStreamCertificateContext.Create(certificate, chain, offline: true), // offline
                    CertificateRevocationCheckMode = X509RevocationMode.Online,
                    AllowTlsResume = false, // resume off
                };
                return options;
            }

            public static SslStreamCertificateContext Stapled(X509Certificate2 certificate) => SslStreamCertificateContext.Create(certificate, null); // stapled
        }
        """;

    [Fact]
    public async Task An_unset_revocation_mode_names_the_default_of_the_single_target()
    {
        var observations = await ObserveAsync(["net8.0"]);

        Assert.Equal(
            "`SslClientAuthenticationOptions.CertificateRevocationCheckMode` is left unset: the runtime default is `NoCheck` on net8.0.",
            Assert.Single(observations, o => o.RuleId == "RG0004" && o.Path == "Connections.cs" && o.StartLine == Line(Code, "// unset")).Text);
        Assert.Equal(
            "`SslStream.AuthenticateAsClientAsync` is called without `checkCertificateRevocation`: the runtime default is `false` on net8.0.",
            Assert.Single(observations, o => o.Path == "Connections.cs" && o.StartLine == Line(Code, "// short overload")).Text);
        Assert.Equal(
            "`SocketsHttpHandler.SslOptions.CertificateRevocationCheckMode` is left unset: the runtime default is `NoCheck` on net8.0.",
            Assert.Single(observations, o => o.Path == "Connections.cs" && o.StartLine == Line(Code, "// bare handler")).Text);
    }

    [Fact]
    public async Task A_multi_targeted_project_names_each_target_once_and_code_under_if_only_its_own()
    {
        var observations = await ObserveAsync(["net8.0", "net10.0"]);

        Assert.Equal(
            "`SslClientAuthenticationOptions.CertificateRevocationCheckMode` is left unset: the runtime default is `NoCheck` on net8.0 and net10.0.",
            Assert.Single(observations, o => o.RuleId == "RG0004" && o.Path == "Connections.cs" && o.StartLine == Line(Code, "// unset")).Text);
        Assert.Equal(
            "`SslStream.AuthenticateAsClientAsync` is called without `checkCertificateRevocation`: the runtime default is `false` on net10.0.",
            Assert.Single(observations, o => o.Path == "Connections.cs" && o.StartLine == Line(Code, "// net10 only")).Text);
    }

    [Fact]
    public async Task Settings_given_later_nested_or_outside_the_member_are_not_called_unset()
    {
        var observations = await ObserveAsync(["net8.0"]);

        foreach (var marker in new[] { "// set later", "// returned", "// handed over", "// full overload", "// nested set" })
        {
            Assert.DoesNotContain(observations, o => o.Path == "Connections.cs" && o.StartLine == Line(Code, marker) && o.Text.Contains("unset", StringComparison.Ordinal));
        }
        Assert.DoesNotContain(observations, o => o.Path == "Server.cs" && o.Text.Contains("CertificateRevocationCheckMode` is left unset", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stapling_and_resumption_are_stated_where_the_code_configures_them()
    {
        var observations = await ObserveAsync(["net10.0"]);

        Assert.Equal(
            "The `offline` argument of `SslStreamCertificateContext.Create` is given `true`: no OCSP response is fetched to staple, so clients that require " +
            "stapling fail the handshake and the others query the CA's responder themselves.",
            Assert.Single(observations, o => o.Path == "Server.cs" && o.StartLine == Line(Server, "// offline")).Text);
        Assert.Equal(
            "`SslStreamCertificateContext.Create` is called without `offline`: the runtime default is `false` (the server fetches the OCSP response for its " +
            "certificate and staples it to the handshake) on net10.0.",
            Assert.Single(observations, o => o.Path == "Server.cs" && o.StartLine == Line(Server, "// stapled")).Text);
        var resumption = Assert.Single(observations, o => o.Path == "Server.cs" && o.StartLine == Line(Server, "// resume off"));
        Assert.Equal(("RG0008", "`SslServerAuthenticationOptions.AllowTlsResume` is given `false`: TLS session resumption is disabled, so every connection pays for a full handshake."),
            (resumption.RuleId, resumption.Text));
        Assert.Contains(observations, o => o.Path == "Connections.cs" && o.StartLine == Line(Code, "// unset") && o.Category == Catalog.TlsCategory.Sessions
            && o.Text == "`SslClientAuthenticationOptions.AllowTlsResume` is left unset: the runtime default is `true` (TLS session resumption is allowed) on net10.0 (from .NET 8).");
        Assert.DoesNotContain(observations, o => o.Path == "Connections.cs" && o.StartLine == Line(Code, "// set later") && o.RuleId == "RG0008" && o.Text.Contains("unset", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_known_target_framework_the_default_is_stated_without_one()
    {
        using var loaded = InMemorySolution.Create(("Connections.cs", Code));

        var (_, results) = await InMemorySolution.AnalyzeAsync(loaded);

        Assert.Equal(
            "`SslClientAuthenticationOptions.CertificateRevocationCheckMode` is left unset: the runtime default is `NoCheck`.",
            Assert.Single(results.Observations, o => o.RuleId == "RG0004" && o.Path == "Connections.cs" && o.StartLine == Line(Code, "// unset")).Text);
        Assert.Equal(
            "`SslClientAuthenticationOptions.AllowTlsResume` is left unset: the runtime default is `true` (TLS session resumption is allowed) from .NET 8 (the target framework is not known).",
            Assert.Single(results.Observations, o => o.RuleId == "RG0008" && o.Path == "Connections.cs" && o.StartLine == Line(Code, "// unset")).Text);
    }

    [Theory]
    [InlineData("net48", null, "net10.0", true)]
    [InlineData("netcoreapp3.1", "net5.0", null, false)]
    [InlineData("net10.0", "net10.0", null, true)]
    [InlineData("net8.0-windows", null, "net10.0", true)]
    public void Target_frameworks_are_ordered_by_runtime(string moniker, string? from, string? until, bool within) =>
        Assert.Equal(within, TargetFrameworkOrder.Within(moniker, from, until));

    [Fact]
    public void A_netstandard_target_has_no_place_in_the_order() => Assert.Null(TargetFrameworkOrder.Within("netstandard2.0", null, "net10.0"));

    private static async Task<IReadOnlyList<RuleObservation>> ObserveAsync(IReadOnlyList<string> frameworks)
    {
        using var loaded = InMemorySolution.CreateTargeted(frameworks, ("Connections.cs", Code), ("Server.cs", Server));
        var (_, results) = await InMemorySolution.AnalyzeAsync(loaded);
        return results.Observations;
    }

    private static int Line(string code, string marker) =>
        code.Split('\n').Select((text, index) => (text, index)).Single(l => l.text.Contains(marker, StringComparison.Ordinal)).index + 1;
}
