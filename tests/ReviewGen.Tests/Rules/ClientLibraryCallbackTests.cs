using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Rules;

/// <summary>The validation callbacks of client libraries judge the server: their findings say so, not "either side".</summary>
public sealed class ClientLibraryCallbackTests
{
    [Theory]
    [InlineData("MailKitCallback.cs")]
    [InlineData("MqttHandler.cs")]
    [InlineData("RedisCertificateValidation.cs")]
    public async Task A_client_library_callback_that_accepts_everything_lets_the_server_be_impersonated(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "RuleFixtures", "RG0001", file);
        using var loaded = InMemorySolution.Create((file, File.ReadAllText(path)));

        var (_, results) = await InMemorySolution.AnalyzeAsync(loaded);

        var finding = Assert.Single(results.Findings, f => f.Rule.Id == "RG0001");
        Assert.EndsWith("an attacker in the middle can impersonate the server.", finding.Message, StringComparison.Ordinal);
    }
}
