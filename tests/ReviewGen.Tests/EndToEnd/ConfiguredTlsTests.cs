using System.Text.Json;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>
/// A service whose TLS is weakened only through its configuration files (appsettings.json, app.config, the project
/// file) and a sibling with the same settings made sound: through the real CLI, each weakening is a finding with its
/// file and line in the right category (connection strings included), the sound settings raise nothing, and the scope lists the files read.
/// </summary>
public sealed class ConfiguredTlsTests
{
    private static readonly string Solution = Path.Combine(RepositoryPaths.Fixtures, "ConfiguredTls", "ConfiguredTls.sln");

    [Fact]
    public async Task Every_weakening_in_configuration_is_found_with_its_line_and_nothing_else()
    {
        var review = await MarkedSolutionReview.RunAsync(Solution);

        Assert.True(review.Run.ExitCode == 0, review.Run.StandardError);
        Assert.Equal(12, review.Expected.Count);
        Assert.Empty(review.Missed);
        Assert.Empty(review.Unexpected);
        Assert.Contains(review.Reported, r => r is { RuleId: "RG0003", Category: "ciphers-protocols", Path: "Gateway.Service/appsettings.json" });
        Assert.Contains(review.Reported, r => r is { RuleId: "RG0037", Category: "ocsp-revocation", Path: "Gateway.Service/Gateway.Service.csproj" });
        Assert.Contains(review.Reported, r => r is { RuleId: "RG0038", Category: "certificates", Path: "Gateway.Service/appsettings.json", Line: 4 });

        using var json = JsonDocument.Parse(review.Run.StandardOutput);
        var files = json.RootElement.GetProperty("scope").GetProperty("configurationFiles").EnumerateArray()
            .Select(f => f.GetProperty("path").GetString()!).ToArray();
        Assert.Equal(
            [
                "Gateway.Service/Gateway.Service.csproj", "Gateway.Service/app.config", "Gateway.Service/appsettings.Development.json",
                "Gateway.Service/appsettings.json", "Gateway.Service/runtimeconfig.template.json", "Gateway.Sound/Gateway.Sound.csproj", "Gateway.Sound/appsettings.json",
                "Gateway.Sound/runtimeconfig.template.json", "Gateway.Sound/web.config",
            ],
            files);
        var certificates = json.RootElement.GetProperty("categories").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "certificates");
        Assert.Contains(certificates.GetProperty("observations").EnumerateArray(), o =>
            o.GetProperty("location").GetProperty("startLine").GetInt32() == 25
            && o.GetProperty("text").GetString()!.StartsWith("`Kestrel:Endpoints:Internal:ClientCertificateMode` in `appsettings.json` is `RequireCertificate`: every client must present", StringComparison.Ordinal));
        var ciphers = json.RootElement.GetProperty("categories").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "ciphers-protocols");
        Assert.StartsWith("9 places in 4 files, with 8 findings (7 high, 1 medium)", ciphers.GetProperty("summary").GetString());
    }
}
