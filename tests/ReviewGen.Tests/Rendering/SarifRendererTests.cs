using System.Text.Json;
using NJsonSchema;
using ReviewGen.Rendering;

namespace ReviewGen.Tests.Rendering;

public sealed class SarifRendererTests
{
    private readonly string _sarif = Renderers.Render("sarif");

    private JsonElement Run => JsonDocument.Parse(_sarif).RootElement.GetProperty("runs")[0];

    private JsonElement Result(int index) => Run.GetProperty("results")[index];

    [Fact]
    public async Task Is_valid_against_the_sarif_2_1_0_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Rendering", "Schemas", "sarif-2.1.0.json"));

        Assert.Empty(schema.Validate(_sarif).Select(e => e.ToString()));
        // The validator does reject: a run without its required "tool".
        Assert.NotEmpty(schema.Validate("""{ "version": "2.1.0", "runs": [ { "results": [] } ] }"""));
    }

    [Fact]
    public void Every_result_says_what_kind_of_code_it_is_in()
    {
        var results = Run.GetProperty("results").EnumerateArray().ToArray();

        // F1–F3, T1 (sample code, reported apart), then the suppressed S1 and S2.
        Assert.Equal(
            ["production", "production", "production", "sample", "production", "production"],
            results.Select(r => r.GetProperty("properties").GetProperty("codeKind").GetString()));
        Assert.Equal("samples/Echo/EchoClient.cs",
            results[3].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("error", results[3].GetProperty("level").GetString());
    }

    [Fact]
    public void Header_names_schema_version_and_tool()
    {
        var root = JsonDocument.Parse(_sarif).RootElement;
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(1, root.GetProperty("runs").GetArrayLength());

        var driver = Run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("ReviewGen", driver.GetProperty("name").GetString());
        Assert.Equal("0.1.0", driver.GetProperty("version").GetString());
        Assert.True(Run.GetProperty("originalUriBaseIds").TryGetProperty("SRCROOT", out _));
    }

    [Fact]
    public void Rules_carry_name_descriptions_help_level_and_tags()
    {
        var rule = Run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];

        Assert.Equal("RG0001", rule.GetProperty("id").GetString());
        Assert.Equal("CertificateValidationDisabled", rule.GetProperty("name").GetString());
        Assert.Equal("Certificate validation disabled", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.StartsWith("A certificate validation callback that returns true", rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Contains("**Fix:** Return `errors == SslPolicyErrors.None`.", rule.GetProperty("help").GetProperty("markdown").GetString());
        Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        var properties = rule.GetProperty("properties");
        Assert.Equal(["security", "CWE-295"], properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("9.5", properties.GetProperty("security-severity").GetString());
        Assert.Equal("certificates", properties.GetProperty("category").GetString());
    }

    [Fact]
    public void Rule_without_cwe_is_tagged_security_only()
    {
        var rule = Run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[3];

        Assert.Equal(["security"], rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("note", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Theory]
    [InlineData(0, "error", "9.5")]
    [InlineData(1, "warning", "5.5")]
    [InlineData(2, "note", "3.0")]
    public void Result_level_and_security_severity_follow_the_finding_severity(int index, string level, string securitySeverity)
    {
        Assert.Equal(level, Result(index).GetProperty("level").GetString());
        Assert.Equal(securitySeverity, Result(index).GetProperty("properties").GetProperty("security-severity").GetString());
    }

    [Fact]
    public void Result_points_at_the_rule_and_the_relative_location()
    {
        var result = Result(0);

        Assert.Equal("RG0001", result.GetProperty("ruleId").GetString());
        Assert.Equal(0, result.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("TrustPolicy.Relaxed returns true on every path, so any certificate from any server is accepted.",
            result.GetProperty("message").GetProperty("text").GetString());
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("src/Ledger.Client/TrustPolicy.cs", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(18, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(21, physical.GetProperty("region").GetProperty("endLine").GetInt32());
        Assert.Equal(2, Result(2).GetProperty("ruleIndex").GetInt32());
    }

    [Fact]
    public void Result_has_related_locations_fingerprint_and_properties()
    {
        var result = Result(0);

        var related = result.GetProperty("relatedLocations")[0];
        Assert.Equal(44, related.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("Installed as the validation callback of the SslStream here.", related.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("4f1c2a9e5b7d0c3e8a6f1b2d9c4e7a05", result.GetProperty("partialFingerprints").GetProperty("reviewgen/v2").GetString());
        Assert.Equal("certificates", result.GetProperty("properties").GetProperty("category").GetString());
        Assert.Equal(["net8.0", "net10.0"], result.GetProperty("properties").GetProperty("targetFrameworks").EnumerateArray().Select(t => t.GetString()));
        Assert.False(Result(1).TryGetProperty("relatedLocations", out _));
    }

    [Theory]
    [InlineData("src/App/File.cs", "src/App/File.cs")]
    [InlineData("My Project/Tls#1.cs", "My%20Project/Tls%231.cs")]
    public void Paths_become_relative_uri_references(string path, string uri)
    {
        Assert.Equal(uri, SarifRenderer.RelativeUri(path));
    }

    [Theory]
    [InlineData("Certificate validation disabled", "CertificateValidationDisabled")]
    [InlineData("SslStream not disposed (leak)", "SslStreamNotDisposedLeak")]
    public void Rule_names_are_pascal_case_titles(string title, string name)
    {
        Assert.Equal(name, SarifRenderer.PascalCase(title));
    }
}
