using ReviewGen.Catalog;
using ReviewGen.Discovery;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Discovery;

public sealed class RegionLocatorTests
{
    private const string Client = """
        using System;
        using System.IO;
        using System.Net.Http;
        using System.Net.Security;
        using System.Security.Authentication;
        using System.Threading.Tasks;

        namespace Fixture;

        public sealed class LedgerClient
        {
            public async Task<bool> ConnectAsync(Stream inner)
            {
                var stream = new SslStream(inner);
                try
                {
                    await stream.AuthenticateAsClientAsync("ledger.internal");
                    return true;
                }
                catch (AuthenticationException e)
                {
                    Console.Error.WriteLine(e.Message);
                    return false;
                }
                catch (InvalidOperationException)
                {
                    throw;
                }
            }

            public async Task<string> FetchAsync(HttpClient http)
            {
                try
                {
                    return await http.GetStringAsync("https://ledger.internal/balance");
                }
                catch (HttpRequestException)
                {
                    return "";
                }
            }

            public string Name => nameof(SslStream.AuthenticateAsClientAsync);
        }
        """;

    private const string Unrelated = """
        namespace Fixture;

        public static class Arithmetic
        {
            public static int Add(int a, int b) => a + b;
        }
        """;

    [Fact]
    public async Task Catches_around_a_handshake_are_error_handling_regions_and_other_catches_are_not()
    {
        using var loaded = InMemorySolution.Create(("LedgerClient.cs", Client));

        var (discovery, _) = await InMemorySolution.AnalyzeAsync(loaded);

        var errorHandling = discovery.Regions.Where(r => r.Category == TlsCategory.ErrorHandling).ToArray();
        Assert.Equal(
            [("LedgerClient.ConnectAsync", 20, 24), ("LedgerClient.FetchAsync", 37, 40)],
            errorHandling.Select(r => (r.Member, r.StartLine, r.EndLine)));
        Assert.Contains("System.Security.Authentication.AuthenticationException", errorHandling[0].Symbols);
    }

    [Fact]
    public async Task A_region_spans_the_statements_of_its_member_that_touch_the_category()
    {
        using var loaded = InMemorySolution.Create(("LedgerClient.cs", Client));

        var (discovery, _) = await InMemorySolution.AnalyzeAsync(loaded);

        var init = Assert.Single(discovery.Regions, r => r.Category == TlsCategory.InitCleanup);
        Assert.Equal(("LedgerClient.ConnectAsync", 14, 17), (init.Member, init.StartLine, init.EndLine));
        Assert.Equal(["System.Net.Security.SslStream", "System.Net.Security.SslStream.AuthenticateAsClientAsync"], init.Symbols);
    }

    [Fact]
    public async Task Nameof_is_not_a_use()
    {
        using var loaded = InMemorySolution.Create(("LedgerClient.cs", Client));

        var (discovery, _) = await InMemorySolution.AnalyzeAsync(loaded);

        Assert.DoesNotContain(discovery.Regions, r => r.Member == "LedgerClient.Name");
    }

    [Fact]
    public async Task Documents_without_catalog_names_are_counted_but_not_bound()
    {
        using var loaded = InMemorySolution.Create(("LedgerClient.cs", Client), ("Arithmetic.cs", Unrelated));

        var (discovery, _) = await InMemorySolution.AnalyzeAsync(loaded);

        Assert.Equal(2, discovery.DocumentsReviewed);
        Assert.Equal(["LedgerClient.cs"], discovery.Documents.Select(d => d.Path).Distinct());
    }

    [Fact]
    public void The_prefilter_looks_at_identifiers_not_at_comments_or_strings()
    {
        var catalog = TlsSymbolCatalog.Load(InMemorySolution.RulesDirectory);
        var commentOnly = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("// SslStream\nclass A { string s = \"SslStream\"; }").GetRoot();
        var identifier = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class A { System.Net.Security.SslStream? s; }").GetRoot();

        Assert.False(catalog.Prefilter.Names(commentOnly));
        Assert.True(catalog.Prefilter.Names(identifier));
    }

    [Theory]
    [InlineData("class A { int Sum(int a, int b) => a + b; }", false)]
    [InlineData("class A { System.Net.Security.SslStream? s; }", true)]
    [InlineData("// SslStream\nclass A { }", true)]
    [InlineData("class A { System.Net.Security.\\u0053slStream? s; }", true)]
    public void The_text_check_passes_every_document_that_could_name_a_catalog_identifier(string text, bool passes)
    {
        var catalog = TlsSymbolCatalog.Load(InMemorySolution.RulesDirectory);

        Assert.Equal(passes, catalog.Prefilter.MayName(text));
    }

    [Fact]
    public async Task An_identifier_spelled_with_a_unicode_escape_is_still_found()
    {
        using var loaded = InMemorySolution.Create(("Escaped.cs", """
            using System.Net.Security;
            class Escaped
            {
                bool Accept() { var options = new \u0053slClientAuthenticationOptions(); options.RemoteCertificateValidationCallback = (s, c, ch, e) => true; return true; }
            }
            """));

        var (discovery, _) = await InMemorySolution.AnalyzeAsync(loaded);

        Assert.Equal(["Escaped.cs"], discovery.Documents.Select(d => d.Path).Distinct());
    }

    [Fact]
    public async Task An_argument_puts_its_line_in_the_category_of_its_parameter()
    {
        const string handshake = """
            using System.Net.Security;
            using System.Security.Authentication;
            using System.Threading.Tasks;

            namespace Fixture;

            public static class Handshake
            {
                public static Task RunAsync(SslStream stream, bool revocation) =>
                    stream.AuthenticateAsClientAsync(
                        "ledger.internal",
                        null,
                        SslProtocols.None,
                        checkCertificateRevocation: revocation);
            }
            """;
        using var loaded = InMemorySolution.Create(("Handshake.cs", handshake));

        var (discovery, _) = await InMemorySolution.AnalyzeAsync(loaded);

        var revocation = Assert.Single(discovery.Regions, r => r.Category == TlsCategory.OcspRevocation);
        Assert.Equal((14, 14), (revocation.StartLine, revocation.EndLine));
        Assert.Equal(UseKind.Passes, Assert.Single(revocation.Uses).Kind);
        Assert.Contains(discovery.Regions, r => r.Category == TlsCategory.CiphersProtocols && r.StartLine == 13);
    }
}
