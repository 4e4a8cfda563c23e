using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Rules;

/// <summary>
/// A setting that is not written at the call is reported with the constant it holds and where that constant is
/// written, so that the reader can check the claim.
/// </summary>
public sealed class HeldValueMessageTests
{
    private const string Code = """
        using System.Net.Security;
        using System.Security.Authentication;

        public sealed class Client
        {
            public bool AcceptInvalidCertificates { get; set; } = true;

            public bool CheckRevocation { get; set; }

            public void Connect(SslStream ssl, string host) =>
                ssl.AuthenticateAsClient(host, null, SslProtocols.Tls12, !AcceptInvalidCertificates);

            public void Reconnect(SslStream ssl, string host) =>
                ssl.AuthenticateAsClient(host, null, SslProtocols.Tls12, CheckRevocation);

            public static void Dial(SslStream ssl, string host, bool verify = false) =>
                ssl.AuthenticateAsClient(host, null, SslProtocols.Tls12, verify);
        }
        """;

    [Fact]
    public async Task The_finding_names_the_constant_and_where_it_is_written()
    {
        using var loaded = InMemorySolution.Create(("Client.cs", Code));

        var (_, results) = await InMemorySolution.AnalyzeAsync(loaded);

        var negated = Assert.Single(results.Findings, f => f.Rule.Id == "RG0004" && f.StartLine == 11);
        Assert.Contains("is given `!AcceptInvalidCertificates`, which is `false` (`AcceptInvalidCertificates` is initialized to `true` unless a caller sets it)", negated.Message);
        Assert.Equal((6, 6), (negated.Related.Single().StartLine, negated.Related.Single().EndLine));
        var unset = Assert.Single(results.Findings, f => f.Rule.Id == "RG0004" && f.StartLine == 14);
        Assert.Contains("`CheckRevocation` is never initialized, so it is `false` unless a caller sets it", unset.Message);
        Assert.Equal(8, unset.Related.Single().StartLine);
        var parameter = Assert.Single(results.Findings, f => f.Rule.Id == "RG0004" && f.StartLine == 17);
        Assert.Contains("the default of the parameter `verify`, used when a caller leaves it out", parameter.Message);
    }
}
