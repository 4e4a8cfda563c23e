using ReviewGen.Catalog;
using ReviewGen.Settings;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Settings;

public sealed class EditorConfigSeveritiesTests
{
    [Theory]
    [InlineData("none", null)]
    [InlineData("silent", null)]
    [InlineData("suggestion", Severity.Low)]
    [InlineData("warning", Severity.Medium)]
    [InlineData("error", Severity.High)]
    public void Each_compiler_severity_maps_to_a_setting(string value, Severity? expected)
    {
        using var tree = RootedTree($"[*]\ndotnet_diagnostic.RG0001.severity = {value}\n");

        Assert.Equal(new RuleSetting(expected), Lookup(tree, "src/Client.cs", "RG0001"));
    }

    [Fact]
    public void Off_values_turn_the_rule_off()
    {
        using var tree = RootedTree("[*]\ndotnet_diagnostic.RG0001.severity = none\ndotnet_diagnostic.RG0002.severity = silent\n");

        Assert.True(Lookup(tree, "Client.cs", "RG0001")!.IsOff);
        Assert.True(Lookup(tree, "Client.cs", "RG0002")!.IsOff);
    }

    [Fact]
    public void Default_gives_the_rule_its_own_severity_even_over_a_parent_setting()
    {
        using var tree = RootedTree("[*]\ndotnet_diagnostic.RG0001.severity = error\n");
        Write(tree, "src/.editorconfig", "[*]\ndotnet_diagnostic.RG0001.severity = default\n");

        Assert.Null(Lookup(tree, "src/Client.cs", "RG0001"));
        Assert.Equal(new RuleSetting(Severity.High), Lookup(tree, "Client.cs", "RG0001"));
    }

    [Fact]
    public void A_nested_file_overrides_its_parent_for_the_files_below_it()
    {
        using var tree = RootedTree("[*]\ndotnet_diagnostic.RG0001.severity = error\ndotnet_diagnostic.RG0002.severity = error\n");
        Write(tree, "samples/.editorconfig", "[*]\ndotnet_diagnostic.RG0001.severity = none\n");

        Assert.Equal(RuleSetting.Off, Lookup(tree, "samples/Echo/Program.cs", "RG0001"));
        Assert.Equal(new RuleSetting(Severity.High), Lookup(tree, "samples/Echo/Program.cs", "RG0002"));
        Assert.Equal(new RuleSetting(Severity.High), Lookup(tree, "src/Program.cs", "RG0001"));
    }

    [Fact]
    public void A_root_file_hides_the_files_above_it()
    {
        using var tree = new TemporaryFolder("reviewgen-editorconfig-");
        Write(tree, ".editorconfig", "[*]\ndotnet_diagnostic.RG0001.severity = error\ndotnet_diagnostic.RG0002.severity = error\n");
        Write(tree, "repo/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.RG0001.severity = warning\n");

        Assert.Equal(new RuleSetting(Severity.Medium), Lookup(tree, "repo/src/Client.cs", "RG0001"));
        Assert.Null(Lookup(tree, "repo/src/Client.cs", "RG0002"));
        Assert.Equal(new RuleSetting(Severity.High), Lookup(tree, "other/Client.cs", "RG0002"));
    }

    [Theory]
    [InlineData("Client.cs", Severity.High)]
    [InlineData("appsettings.json", Severity.Low)]
    [InlineData("config/appsettings.Production.json", Severity.Low)]
    [InlineData("web.config", null)]
    public void Extension_sections_apply_to_their_files_only(string file, Severity? expected)
    {
        using var tree = RootedTree("[*.cs]\ndotnet_diagnostic.RG0001.severity = error\n[*.json]\ndotnet_diagnostic.RG0001.severity = suggestion\n");

        Assert.Equal(expected is null ? null : new RuleSetting(expected), Lookup(tree, file, "RG0001"));
    }

    [Fact]
    public void Every_file_section_covers_configuration_files_too()
    {
        using var tree = RootedTree("[*]\ndotnet_diagnostic.RG0001.severity = warning\n");

        Assert.Equal(new RuleSetting(Severity.Medium), Lookup(tree, "src/Web/web.config", "RG0001"));
        Assert.Equal(new RuleSetting(Severity.Medium), Lookup(tree, "src/Web/appsettings.json", "RG0001"));
    }

    [Theory]
    [InlineData("src/Client.cs", true)]
    [InlineData("src/Net/Tls/Client.cs", true)]
    [InlineData("src/appsettings.json", false)]
    [InlineData("tests/Client.cs", false)]
    [InlineData("Client.cs", false)]
    public void A_path_glob_is_relative_to_its_file(string file, bool covered)
    {
        using var tree = RootedTree("[src/**.cs]\ndotnet_diagnostic.RG0001.severity = error\n");

        Assert.Equal(covered ? new RuleSetting(Severity.High) : null, Lookup(tree, file, "RG0001"));
    }

    [Theory]
    [InlineData("a.cs", true)]
    [InlineData("b.cs", true)]
    [InlineData("c.cs", false)]
    [InlineData("sub/a.cs", true)]
    public void A_choice_glob_covers_each_of_its_names(string file, bool covered)
    {
        using var tree = RootedTree("[{a,b}.cs]\ndotnet_diagnostic.RG0001.severity = none\n");

        Assert.Equal(covered ? RuleSetting.Off : null, Lookup(tree, file, "RG0001"));
    }

    [Fact]
    public void A_rule_no_file_mentions_has_no_setting()
    {
        using var tree = RootedTree("[*]\ndotnet_diagnostic.RG0001.severity = error\ndotnet_diagnostic.CA5359.severity = error\n");

        Assert.Null(Lookup(tree, "Client.cs", "RG0002"));
    }

    [Fact]
    public void Rule_ids_compare_without_case_as_in_the_compiler()
    {
        using var tree = RootedTree("[*]\ndotnet_diagnostic.rg0001.severity = error\n");

        Assert.Equal(new RuleSetting(Severity.High), Lookup(tree, "Client.cs", "RG0001"));
    }

    [Fact]
    public void An_invalid_value_is_ignored_and_the_parent_setting_stands()
    {
        using var tree = RootedTree("[*]\ndotnet_diagnostic.RG0001.severity = warning\n");
        Write(tree, "src/.editorconfig", "[*]\ndotnet_diagnostic.RG0001.severity = loud\ndotnet_diagnostic.RG0002.severity = high\n");

        Assert.Equal(new RuleSetting(Severity.Medium), Lookup(tree, "src/Client.cs", "RG0001"));
        Assert.Null(Lookup(tree, "src/Client.cs", "RG0002"));
    }

    [Fact]
    public void An_editorconfig_marked_global_yields_to_the_sections_that_cover_a_file()
    {
        using var tree = RootedTree("[*.json]\ndotnet_diagnostic.RG0001.severity = suggestion\n");
        Write(tree, "build/.editorconfig", "is_global = true\ndotnet_diagnostic.RG0001.severity = error\n");

        Assert.Equal(new RuleSetting(Severity.High), Lookup(tree, "build/Client.cs", "RG0001"));
        Assert.Equal(new RuleSetting(Severity.Low), Lookup(tree, "build/appsettings.json", "RG0001"));
    }

    [Fact]
    public void Files_without_any_editorconfig_above_them_have_no_setting()
    {
        using var tree = RootedTree("");

        Assert.Null(Lookup(tree, "src/deep/er/Client.cs", "RG0001"));
    }

    [Fact]
    public void A_relative_path_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new EditorConfigSeverities().For("src/Client.cs", "RG0001"));
    }

    /// <summary>A temporary tree whose top .editorconfig is root, so that none above the system's temporary folder counts.</summary>
    private static TemporaryFolder RootedTree(string topSections)
    {
        var tree = new TemporaryFolder("reviewgen-editorconfig-");
        Write(tree, ".editorconfig", "root = true\n" + topSections);
        return tree;
    }

    private static void Write(TemporaryFolder tree, string relativePath, string text)
    {
        var path = tree.File(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static RuleSetting? Lookup(TemporaryFolder tree, string relativeFile, string ruleId) =>
        new EditorConfigSeverities().For(tree.File(relativeFile), ruleId);
}
