using ReviewGen.Discovery;
using ReviewGen.Pipeline;
using ReviewGen.Review;
using ReviewGen.Tests.Rendering;
using ReviewGen.Tests.Support;
using ReviewGen.Settings;

namespace ReviewGen.Tests.Review;

/// <summary>
/// The review's sentences as a client reads them: each place listed once and counted as listed, members and
/// arguments named the way a reviewer names them, plain I/O kept out, and RG0001 worded for the side it is on.
/// </summary>
public sealed class ReviewTextTests
{
    private const string LedgerClient = """
        using System.IO;
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;

        namespace Fixture;

        public sealed class LedgerClient
        {
            private readonly SslStream _stream;

            public LedgerClient(Stream inner)
            {
                _stream = new SslStream(inner, false, AcceptCertificate);
            }

            public void Send(byte[] payload)
            {
                _stream.Write(payload);
                _stream.Flush();
            }

            private static bool AcceptCertificate(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors) =>
                errors == SslPolicyErrors.None;
        }
        """;

    private const string Options = """
        using System.IO;
        using System.Net.Security;

        namespace Fixture;

        public static class Options
        {
            public static SslClientAuthenticationOptions Client() => new SslClientAuthenticationOptions
            {
                TargetHost = "ledger.example",
                RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => true,
            };

            public static SslServerAuthenticationOptions Server() => new SslServerAuthenticationOptions
            {
                ClientCertificateRequired = true,
                RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => true,
            };

            public static SslStream Either(Stream inner) => new SslStream(inner, false, (sender, certificate, chain, errors) => true);
        }

        public sealed class Uploader
        {
            private readonly SslStream _stream;

            public Uploader(Stream inner)
            {
                _stream = new SslStream(inner, false, (sender, certificate, chain, errors) => true);
            }
        }
        """;

    private const string NonNullOnly = """
        using System.IO;
        using System.Net.Security;

        namespace Fixture;

        public static class Channel
        {
            public static SslStream Open(Stream inner) =>
                new SslStream(inner, false, (sender, certificate, chain, errors) => certificate != null);
        }
        """;

    private const string GatewayClient = """
        using Org.BouncyCastle.Tls;
        using Org.BouncyCastle.Tls.Crypto;

        namespace Fixture;

        public sealed class GatewayClient : PskTlsClient
        {
            public GatewayClient(TlsCrypto crypto, TlsPskIdentity identity)
                : base(crypto, identity)
            {
            }

            public bool IsHandshakeComplete { get; private set; }

            public override void NotifyHandshakeComplete()
            {
                base.NotifyHandshakeComplete();
                IsHandshakeComplete = true;
            }
        }
        """;

    private static async Task<ReviewModel> ReviewAsync(string path, string code)
    {
        using var loaded = InMemorySolution.Create((path, code));
        var (discovery, results) = await InMemorySolution.AnalyzeAsync(loaded);
        return await ReviewBuilder.BuildAsync(loaded, discovery, results, TlsSymbolCatalog.Load(InMemorySolution.RulesDirectory),
            ReviewOptions.AllCategories, baseline: null, ReviewSettings.Default, CancellationToken.None);
    }

    private static CategorySection Section(ReviewModel review, string name) => review.Categories.Single(c => c.Name == name);

    [Fact]
    public async Task Every_category_counts_exactly_the_places_it_lists()
    {
        var review = await ReviewAsync("LedgerClient.cs", LedgerClient);

        foreach (var section in review.Categories.Where(c => c.Observations.Count > 0))
        {
            var files = section.Observations.Select(o => o.Location.Path).Distinct().Count();
            var counted = $"{CategoryWriter.Counted(section.Observations.Count, "place")} in {CategoryWriter.Counted(files, "file")}";
            Assert.StartsWith(counted, section.Summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_rule_judgement_is_folded_into_the_bullet_of_the_region_that_holds_it()
    {
        var review = await ReviewAsync("LedgerClient.cs", LedgerClient);

        var certificates = Section(review, "certificates");
        Assert.Equal(certificates.Observations.Count, certificates.Observations.Select(o => o.Location).Distinct().Count());
        var installation = Assert.Single(certificates.Observations, o => o.Location.StartLine == 13);
        Assert.StartsWith("The `LedgerClient` constructor installs a callback", installation.Text, StringComparison.Ordinal);
        Assert.Contains("can reject a certificate", installation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_with_a_finding_names_it_instead_of_calling_itself_sound()
    {
        var review = await ReviewAsync("Channel.cs", NonNullOnly);

        var finding = Assert.Single(review.Findings, f => f.RuleId == "RG0025");
        var bullet = Assert.Single(Section(review, "certificates").Observations, o => o.Location.StartLine == 9);
        Assert.EndsWith($"**Finding {finding.Id}.**", bullet.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("can reject a certificate", bullet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_two_bullets_repeat_a_place_with_the_same_text()
    {
        var review = await ReviewAsync("LedgerClient.cs", LedgerClient);

        var bullets = review.Categories.SelectMany(c => c.Observations).ToArray();
        Assert.Equal(bullets.Length, bullets.Distinct().Count());
    }

    [Fact]
    public async Task A_constructor_is_named_as_the_constructor_of_its_type()
    {
        var review = await ReviewAsync("LedgerClient.cs", LedgerClient);

        var texts = review.Categories.SelectMany(c => c.Observations).Select(o => o.Text).ToArray();
        Assert.DoesNotContain(texts, t => t.Contains("`LedgerClient.LedgerClient`", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("The `LedgerClient` constructor creates `SslStream`", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_finding_in_a_constructor_says_so_in_its_heading()
    {
        var review = await ReviewAsync("Options.cs", Options);

        var finding = review.Findings.Single(f => f.RuleId == "RG0001" && f.Location.StartLine == 29);
        Assert.Equal("Uploader.Uploader", finding.Member);
        Assert.Equal("the `Uploader` constructor", finding.MemberText);
        Assert.Contains("`Options.cs` line 29, in the `Uploader` constructor.", Renderers.Catalog.Get("md").Render(review), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_argument_is_named_by_its_value_its_parameter_and_its_callee()
    {
        var review = await ReviewAsync("LedgerClient.cs", LedgerClient);

        var installation = Section(review, "certificates").Observations.Single(o => o.Location.StartLine == 13);
        Assert.Contains("passes `AcceptCertificate` as `userCertificateValidationCallback` to the `SslStream` constructor", installation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_io_is_counted_but_not_narrated()
    {
        var review = await ReviewAsync("LedgerClient.cs", LedgerClient);

        var cleanup = Section(review, "init-cleanup");
        Assert.DoesNotContain(cleanup.Observations, o => o.Text.Contains("SslStream.Write", StringComparison.Ordinal));
        Assert.Contains("Not listed: 1 region that only reads or writes application data", cleanup.Summary, StringComparison.Ordinal);
        Assert.Contains(cleanup.Regions, r => r.Member == "LedgerClient.Send");
    }

    [Fact]
    public async Task Base_constructor_calls_and_the_projects_own_members_are_not_narrated()
    {
        var review = await ReviewAsync("GatewayClient.cs", GatewayClient);

        var texts = review.Categories.SelectMany(c => c.Observations).Select(o => o.Text).ToArray();
        Assert.DoesNotContain(texts, t => t.Contains("IsHandshakeComplete", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("calls `PskTlsClient`", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("`GatewayClient.NotifyHandshakeComplete` overrides", StringComparison.Ordinal));
        var counted = review.Categories.Where(c => c.Regions.Count > 0).Sum(c => c.Observations.Count)
            + review.Categories.Sum(c => int.TryParse(Between(c.Summary, "Not listed: ", " region"), out var n) ? n : 0);
        Assert.Equal(review.Categories.Sum(c => c.Regions.Count), counted);
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        if (from < 0)
        {
            return "";
        }
        from += start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        return to < 0 ? "" : text[from..to];
    }

    [Fact]
    public async Task An_accept_all_callback_is_worded_for_the_side_that_installs_it()
    {
        var review = await ReviewAsync("Options.cs", Options);

        string MessageAt(int line) => review.Findings.Single(f => f.RuleId == "RG0001" && f.Location.StartLine == line).Message;
        Assert.EndsWith("an attacker in the middle can impersonate the server.", MessageAt(11), StringComparison.Ordinal);
        Assert.DoesNotContain("client certificate", MessageAt(11), StringComparison.Ordinal);
        Assert.Contains("is taken for a client the server trusts", MessageAt(17), StringComparison.Ordinal);
        Assert.DoesNotContain("impersonate the server", MessageAt(17), StringComparison.Ordinal);
        Assert.Contains("impersonate a server to a client, or present any client certificate", MessageAt(20), StringComparison.Ordinal);
    }
}
