using ReviewGen.Catalog;
using ReviewGen.Discovery;
using ReviewGen.Rules;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Rules;

public sealed class RuleCatalogTests
{
    private static readonly RuleCatalog Catalog = RuleCatalog.Load(InMemorySolution.RulesDirectory);

    [Fact]
    public void Every_rule_loads_with_its_metadata()
    {
        Assert.Equal(["RG0001", "RG0002", "RG0003", "RG0004"], Catalog.Rules.Select(r => r.Id).Take(4));
        Assert.All(Catalog.Rules, rule =>
        {
            Assert.NotNull(rule.Cwe);
            Assert.NotEmpty(rule.References);
            Assert.All(rule.References, r => Assert.StartsWith("https://", r));
        });
    }

    [Fact]
    public void Every_rule_has_positive_and_negative_fixtures()
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "RuleFixtures");
        Assert.All(Catalog.Rules, rule => Assert.True(Directory.Exists(Path.Combine(fixtures, rule.Id)), $"{rule.Id} has no fixture folder"));
    }

    [Fact]
    public void Symbols_a_rule_matches_are_in_the_catalog_so_discovery_binds_them()
    {
        var symbols = TlsSymbolCatalog.Load(InMemorySolution.RulesDirectory).Entries.Select(e => e.Symbol).ToHashSet();
        Assert.All(Catalog.Rules.SelectMany(r => r.Match.Symbols), s => Assert.Contains(s, symbols));
    }

    [Fact]
    public void Placeholders_in_messages_are_only_those_the_checks_fill()
    {
        var filled = new[] { "{symbol}", "{target}", "{value}", "{callback}", "{installation}", "{evidence}", "{impersonation}", "{method}", "{parameter}", "{call}", "{effect}", "{file}" };
        foreach (var rule in Catalog.Rules)
        {
            var unknown = System.Text.RegularExpressions.Regex.Matches(rule.Message + rule.Sound, @"\{[a-z]+\}")
                .Select(m => m.Value).Except(filled);
            Assert.Empty(unknown);
        }
    }

    [Theory]
    [InlineData("""{ "id": "RG0001" }""", "'category' is required")]
    [InlineData("""{ "id": "RG0001", "category": "tls", "severity": "high" }""", "'category' must be one of init-cleanup")]
    [InlineData("""{ "id": "RG0001", "bogus": 1 }""", "unknown key 'bogus'")]
    public void A_malformed_rule_names_the_file_and_the_key(string json, string expected)
    {
        var folder = Directory.CreateTempSubdirectory("reviewgen-rules-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "RG0001.json"), json);
            var error = Assert.Throws<CatalogException>(() => RuleCatalog.Load(folder));
            Assert.Contains("RG0001.json", error.Message);
            Assert.Contains(expected, error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("""{ "methods": ["A.B.C"], "type": "A.V", "members": ["Old"], "ranges": { "methods": ["A.V.DownTo"] } }""", "'overrideOffers[].ranges' needs 'orders'")]
    [InlineData("""{ "methods": ["A.B.C"], "type": "A.V" }""", "needs 'members' or 'memberPatterns'")]
    [InlineData("""{ "type": "A.V", "members": ["Old"] }""", "'overrideOffers[].methods' is required")]
    [InlineData("""{ "methods": ["A.B.C"], "type": "A.V", "members": ["Old"], "defaults": { "A.B.D": ["Old"] } }""", "names 'A.B.D', which is not one of its 'methods'")]
    public void A_malformed_override_offer_is_named(string offer, string expected) =>
        Assert.Contains(expected, CatalogErrorFor($$"""{ "overrideOffers": [ {{offer}} ] }"""));

    [Theory]
    [InlineData("""{ "type": "A.V", "members": ["Old", "Older"], "effects": { "Old": "x" } }""", "'enumValues[].effects' must give every member its effect")]
    [InlineData("""{ "type": "A.V", "members": ["Old"], "unlessPinned": ["Other"] }""", "names 'Other' in 'effects' or 'unlessPinned' but not in 'members'")]
    public void A_malformed_enum_value_entry_is_named(string entry, string expected) =>
        Assert.Contains(expected, CatalogErrorFor($$"""{ "enumValues": [ {{entry}} ] }"""));

    [Theory]
    [InlineData("""{ "files": ["*.config"], "keys": ["a/@b"] }""", "needs one of 'values', 'anyValue' or 'meanings'")]
    [InlineData("""{ "files": ["*.config"], "keys": ["a/@b"], "values": ["x"], "anyValue": true }""", "needs one of 'values', 'anyValue' or 'meanings'")]
    [InlineData("""{ "keys": ["a/@b"], "values": ["x"] }""", "needs 'files' and 'keys'")]
    public void A_malformed_configuration_entry_is_named(string entry, string expected) =>
        Assert.Contains(expected, CatalogErrorFor($$"""{ "configValues": [ {{entry}} ] }"""));

    /// <summary>The error of loading a catalog whose one rule has this match section.</summary>
    private static string CatalogErrorFor(string match)
    {
        var folder = Directory.CreateTempSubdirectory("reviewgen-rules-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "RG0001.json"), $$"""
                { "id": "RG0001", "category": "ciphers-protocols", "severity": "high", "cwe": 327, "title": "t", "description": "d",
                  "message": "m", "remediation": "r", "passed": "p", "references": ["https://cwe.mitre.org/data/definitions/327.html"],
                  "match": {{match}} }
                """);
            return Assert.Throws<CatalogException>(() => RuleCatalog.Load(folder)).Message;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_category_table_has_the_seven_fixed_names_in_order()
    {
        Assert.Equal(["init-cleanup", "certificates", "error-handling", "sessions", "ciphers-protocols", "psk", "ocsp-revocation"], CategoryInfo.MachineNames);
    }
}
