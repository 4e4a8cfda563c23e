using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Rules;

/// <summary>
/// A finding says which TLS stacks its setting governs when the target alone does not: <c>ServicePointManager</c>
/// looks global but does not reach <c>HttpClient</c> on .NET Core.
/// </summary>
public sealed class SettingScopeTests
{
    private const string Code = """
        using System.Net;
        using System.Net.Http;
        using System.Security.Authentication;

        public static class Startup
        {
            public static HttpClientHandler Configure()
            {
                ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls12;
                ServicePointManager.CheckCertificateRevocationList = false;
                return new HttpClientHandler { SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12 };
            }
        }
        """;

    [Fact]
    public async Task ServicePointManager_findings_say_what_it_does_not_govern()
    {
        using var loaded = InMemorySolution.Create(("Startup.cs", Code));

        var (_, results) = await InMemorySolution.AnalyzeAsync(loaded);

        var protocol = Assert.Single(results.Findings, f => f.Rule.Id == "RG0003" && f.StartLine == 9);
        Assert.Contains("not `HttpClient` or `SslStream`", protocol.Message);
        var revocation = Assert.Single(results.Findings, f => f.Rule.Id == "RG0004" && f.StartLine == 10);
        Assert.Contains("`ServicePointManager.CheckCertificateRevocationList` governs only `HttpWebRequest`", revocation.Message);
        var handler = Assert.Single(results.Findings, f => f.Rule.Id == "RG0003" && f.StartLine == 11);
        Assert.DoesNotContain("ServicePointManager", handler.Message);
    }
}
