using ReviewGen.Rules;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary><c>reviewgen rules</c> through the real CLI: the shipped catalog, and one rule's page.</summary>
public sealed class RulesCommandTests
{
    [Fact]
    public async Task The_list_has_one_line_per_rule_with_its_category_severity_and_title()
    {
        var catalog = RuleCatalog.Load(Path.Combine(RepositoryPaths.Root, "rules"));

        var result = await CliRunner.RunAsync("rules");

        Assert.True(result.ExitCode == 0, result.StandardError);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^ID +CATEGORY +SEVERITY +TITLE$", lines[0]);
        Assert.Equal(catalog.Rules.Count, lines.Length - 1);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(
            l, @"^RG0001 +certificates +critical +Certificate validation callback accepts every certificate$"));
        Assert.Equal(lines.Skip(1).Select(l => l[..6]).Order(StringComparer.Ordinal), lines.Skip(1).Select(l => l[..6]));
    }

    [Fact]
    public async Task An_id_prints_that_rules_page()
    {
        var result = await CliRunner.RunAsync("rules", "rg0003");

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "rules", "pages", "RG0003.md")), result.StandardOutput);
    }

    [Fact]
    public async Task An_unknown_id_is_bad_input()
    {
        var result = await CliRunner.RunAsync("rules", "RG9999");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("reviewgen: there is no rule RG9999; 'reviewgen rules' lists the ", result.StandardError, StringComparison.Ordinal);
    }
}
