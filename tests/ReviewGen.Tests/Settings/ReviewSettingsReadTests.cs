using ReviewGen.Catalog;
using ReviewGen.Settings;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Settings;

/// <summary><see cref="ReviewSettingsFile.Read"/>: each key, and the one-line error for each way a file can be wrong.</summary>
public sealed class ReviewSettingsReadTests : IDisposable
{
    private static readonly IReadOnlySet<string> KnownRuleIds = new HashSet<string> { "RG0001", "RG0003", "RG0017" };

    private readonly TemporaryFolder _folder = new("reviewgen-settings-");

    public void Dispose() => _folder.Dispose();

    private string Write(string json)
    {
        var path = _folder.File(ReviewSettingsFile.FileName);
        File.WriteAllText(path, json);
        return path;
    }

    private ReviewSettings Read(string json) => ReviewSettingsFile.Read(Write(json), KnownRuleIds);

    private string ErrorOf(string json) => Assert.Throws<SettingsException>(() => Read(json)).Message;

    [Fact]
    public void An_empty_object_is_the_defaults_read_from_the_file()
    {
        var settings = Read("{}");

        Assert.Equal(ReviewSettings.Default with { SourcePath = _folder.File(ReviewSettingsFile.FileName) }, settings);
        Assert.Equal(TestCodeMode.Separate, settings.TestCode);
        Assert.Empty(settings.Exclude);
    }

    [Fact]
    public void Every_key_is_read()
    {
        var settings = Read("""
            // comments and trailing commas are allowed
            {
              "$schema": "https://reviewgen.dev/schemas/reviewgen.schema.json",
              "exclude": ["legacy/**", "tools/*"],
              "rules": { "RG0003": "off", "RG0001": "high", },
              "categories": { "psk": "off", "certificates": "on", "sessions": "off" },
              /* block comment */ "testCode": "ignore",
            }
            """);

        Assert.Equal(["legacy/**", "tools/*"], settings.Exclude.Select(p => p.Text));
        Assert.Equal(["RG0001", "RG0003"], settings.Rules.Keys);
        Assert.Equal(Severity.High, settings.Rules["RG0001"].Severity);
        Assert.True(settings.Rules["RG0003"].IsOff);
        Assert.Equal([TlsCategory.Sessions, TlsCategory.Psk], settings.CategoriesOff);
        Assert.Equal(TestCodeMode.Ignore, settings.TestCode);
        Assert.Equal(_folder.File(ReviewSettingsFile.FileName), settings.SourcePath);
    }

    [Theory]
    [InlineData("separate", TestCodeMode.Separate)]
    [InlineData("same", TestCodeMode.Same)]
    [InlineData("ignore", TestCodeMode.Ignore)]
    public void Test_code_takes_each_mode(string value, TestCodeMode mode) =>
        Assert.Equal(mode, Read($$"""{ "testCode": "{{value}}" }""").TestCode);

    [Theory]
    [InlineData("info", Severity.Info)]
    [InlineData("low", Severity.Low)]
    [InlineData("medium", Severity.Medium)]
    [InlineData("critical", Severity.Critical)]
    public void A_rule_takes_each_severity(string value, Severity severity) =>
        Assert.Equal(new RuleSetting(severity), Read($$"""{ "rules": { "RG0017": "{{value}}" } }""").Rules["RG0017"]);

    [Fact]
    public void Excluded_by_names_the_first_pattern_that_matches()
    {
        var settings = Read("""{ "exclude": ["docs", "**/*.g.cs", "src/legacy"] }""");

        Assert.Equal("**/*.g.cs", settings.ExcludedBy("src/legacy/Old.g.cs")?.Text);
        Assert.Equal("src/legacy", settings.ExcludedBy("src/legacy/Old.cs")?.Text);
        Assert.Null(settings.ExcludedBy("src/Program.cs"));
        Assert.Null(ReviewSettings.Default.ExcludedBy("src/Program.cs"));
    }

    [Theory]
    [InlineData("""{ "rules": { "RG9999": "off" } }""", "rules.RG9999", "no such rule; 'reviewgen rules' lists them")]
    [InlineData("""{ "rules": { "rg0001": "off" } }""", "rules.rg0001", "no such rule; did you mean \"RG0001\"?")]
    [InlineData("""{ "rules": { "RG0001": "severe" } }""", "rules.RG0001", "\"severe\" is not one of off, info, low, medium, high, critical")]
    [InlineData("""{ "rules": { "RG0001": "High" } }""", "rules.RG0001", "\"High\" is not one of off, info, low, medium, high, critical; did you mean \"high\"?")]
    [InlineData("""{ "rules": { "RG0001": 3 } }""", "rules.RG0001", "must be one of off, info, low, medium, high, critical, not a number")]
    [InlineData("""{ "rules": ["RG0001"] }""", "rules", "must be an object of rule ids, not an array")]
    [InlineData("""{ "testCode": "sometimes" }""", "testCode", "\"sometimes\" is not one of separate, same, ignore")]
    [InlineData("""{ "testCode": true }""", "testCode", "must be one of separate, same, ignore, not a boolean")]
    [InlineData("""{ "colour": "red" }""", "colour", "unknown key; the keys are $schema, exclude, rules, categories, testCode")]
    [InlineData("""{ "TestCode": "same" }""", "TestCode", "unknown key; did you mean \"testCode\"?")]
    [InlineData("""{ "categories": { "tls": "off" } }""", "categories.tls",
        "no such category; the categories are init-cleanup, certificates, error-handling, sessions, ciphers-protocols, psk, ocsp-revocation")]
    [InlineData("""{ "categories": { "PSK": "off" } }""", "categories.PSK",
        "no such category; did you mean \"psk\"?")]
    [InlineData("""{ "categories": { "psk": false } }""", "categories.psk", "must be one of off, on, not a boolean")]
    [InlineData("""{ "categories": { "psk": "disabled" } }""", "categories.psk", "\"disabled\" is not one of off, on")]
    [InlineData("""{ "categories": "psk" }""", "categories", "must be an object of category names, not a string")]
    [InlineData("""{ "exclude": "legacy/**" }""", "exclude", "must be an array of globs, not a string")]
    [InlineData("""{ "exclude": ["a", null] }""", "exclude[1]", "must be a string, not null")]
    [InlineData("""{ "exclude": ["a", "b", "/etc/**"] }""", "exclude[2]", "\"/etc/**\" is not relative to the solution folder")]
    [InlineData("""{ "exclude": ["legacy\\old"] }""", "exclude[0]", "\"legacy\\old\" has a backslash; use forward slashes")]
    [InlineData("""{ "exclude": [""] }""", "exclude[0]", "an empty pattern excludes nothing; remove it or name a path relative to the solution folder")]
    [InlineData("""{ "$schema": 1 }""", "$schema", "must be a string, not a number")]
    [InlineData("""{ "testCode": "same", "testCode": "ignore" }""", "testCode", "duplicate key; each key may appear once")]
    [InlineData("""{ "rules": { "RG0001": "off", "RG0001": "high" } }""", "rules.RG0001", "duplicate key; each key may appear once")]
    public void A_wrong_entry_is_one_line_naming_the_file_and_the_key(string json, string key, string problem)
    {
        var message = ErrorOf(json);

        Assert.Equal($"{_folder.File(ReviewSettingsFile.FileName)}: \"{key}\": {problem}", message);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void Malformed_json_gives_the_line_it_is_on()
    {
        var message = ErrorOf("{\n  \"testCode\": \"same\"\n  \"rules\": {}\n}");

        Assert.StartsWith($"{_folder.File(ReviewSettingsFile.FileName)}: line 3: not valid JSON: ", message);
        Assert.DoesNotContain("LineNumber", message);
    }

    [Fact]
    public void An_empty_file_says_what_to_write() =>
        Assert.Equal($"{_folder.File(ReviewSettingsFile.FileName)}: the file is empty; {{}} means the defaults", ErrorOf(" \n"));

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("\"rules\"", "a string")]
    public void The_top_level_must_be_an_object(string json, string found) =>
        Assert.Equal($"{_folder.File(ReviewSettingsFile.FileName)}: the top level must be an object, not {found}", ErrorOf(json));

    [Fact]
    public void A_missing_file_is_named_as_given()
    {
        var error = Assert.Throws<SettingsException>(() => ReviewSettingsFile.Read("no/such/reviewgen.json", KnownRuleIds));

        Assert.Equal("no/such/reviewgen.json: no such file", error.Message);
    }

    [Fact]
    public void A_folder_is_not_a_settings_file()
    {
        var error = Assert.Throws<SettingsException>(() => ReviewSettingsFile.Read(_folder.Path, KnownRuleIds));

        Assert.Equal($"{_folder.Path}: is a folder; name the reviewgen.json file itself", error.Message);
    }

    [Fact]
    public void Settings_are_equal_when_they_say_the_same()
    {
        const string json = """{ "exclude": ["a"], "rules": { "RG0001": "off" }, "categories": { "psk": "off" } }""";

        Assert.Equal(Read(json), Read(json));
        Assert.NotEqual(Read(json), Read("""{ "exclude": ["b"], "rules": { "RG0001": "off" }, "categories": { "psk": "off" } }"""));
        Assert.NotEqual(Read(json), Read("""{ "exclude": ["a"], "rules": { "RG0001": "low" }, "categories": { "psk": "off" } }"""));
    }
}
