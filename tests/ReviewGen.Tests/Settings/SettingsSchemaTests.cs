using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using ReviewGen.Catalog;
using ReviewGen.Cli;
using ReviewGen.Rules;
using ReviewGen.Settings;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Settings;

/// <summary>
/// rules/reviewgen.schema.json says what the reader accepts: its enums follow the catalog and the vocabulary, and the
/// starter file that <c>reviewgen init</c> writes is valid against it and reads back as the defaults.
/// </summary>
public sealed class SettingsSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(InMemorySolution.RulesDirectory, "reviewgen.schema.json");

    private static readonly JsonElement Properties = JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement.GetProperty("properties");

    private static string[] Enum(JsonElement element) => element.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public void The_rule_ids_are_the_catalogs()
    {
        var catalog = RuleCatalog.Load(InMemorySolution.RulesDirectory);

        Assert.Equal(catalog.Rules.Select(r => r.Id).Order(StringComparer.Ordinal), Enum(Properties.GetProperty("rules").GetProperty("propertyNames")));
    }

    [Fact]
    public void The_keys_are_those_the_reader_knows()
    {
        using var folder = new TemporaryFolder("reviewgen-keys-");
        var path = folder.File(ReviewSettingsFile.FileName);
        File.WriteAllText(path, """{ "colour": "red" }""");

        var error = Assert.Throws<SettingsException>(() => ReviewSettingsFile.Read(path, new HashSet<string>()));

        Assert.EndsWith($"the keys are {string.Join(", ", Properties.EnumerateObject().Select(p => p.Name))}", error.Message);
    }

    [Fact]
    public void The_rule_values_are_off_and_the_severities()
    {
        Assert.Equal(["off", .. SeverityInfo.MachineNames], Enum(Properties.GetProperty("rules").GetProperty("additionalProperties")));
    }

    [Fact]
    public void The_categories_are_the_machine_names()
    {
        Assert.Equal(CategoryInfo.MachineNames, Enum(Properties.GetProperty("categories").GetProperty("propertyNames")));
        Assert.Equal(["off", "on"], Enum(Properties.GetProperty("categories").GetProperty("additionalProperties")));
    }

    [Fact]
    public void The_test_code_modes_are_the_enums()
    {
        Assert.Equal(System.Enum.GetNames<TestCodeMode>().Select(n => n.ToLowerInvariant()), Enum(Properties.GetProperty("testCode")));
    }

    [Fact]
    public async Task The_starter_file_is_valid_against_the_schema()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var withoutComments = JsonNode.Parse(
            InitCommand.StarterText, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;

        Assert.Empty(schema.Validate(withoutComments.ToJsonString()).Select(e => e.ToString()));
        // The validator does reject: an unknown key, a bad severity, a bad glob. (It ignores propertyNames, so the rule
        // ids and category names are held to the catalog by the tests above instead.)
        Assert.NotEmpty(schema.Validate("""{ "colour": "red" }"""));
        Assert.NotEmpty(schema.Validate("""{ "rules": { "RG0001": "severe" } }"""));
        Assert.NotEmpty(schema.Validate("""{ "exclude": ["src**"] }"""));
    }

    [Fact]
    public void The_starter_file_reads_back_as_the_defaults()
    {
        using var folder = new TemporaryFolder("reviewgen-starter-");
        var path = folder.File(ReviewSettingsFile.FileName);
        File.WriteAllText(path, InitCommand.StarterText);
        var catalog = RuleCatalog.Load(InMemorySolution.RulesDirectory);

        var settings = ReviewSettingsFile.Read(path, catalog.Rules.Select(r => r.Id).ToHashSet());

        Assert.Equal(ReviewSettings.Default, settings with { SourcePath = null });
    }

    [Fact]
    public void The_starter_file_shows_an_example_of_each_key_and_where_the_schema_is()
    {
        Assert.Contains("\"exclude\": [\"legacy/**\"]", InitCommand.StarterText);
        Assert.Contains("\"rules\": { \"RG0001\": \"high\" }", InitCommand.StarterText);
        Assert.Contains("\"categories\": { \"psk\": \"off\" }", InitCommand.StarterText);
        Assert.Contains("\"same\"", InitCommand.StarterText);
        Assert.Contains("rules/reviewgen.schema.json", InitCommand.StarterText);
    }
}
