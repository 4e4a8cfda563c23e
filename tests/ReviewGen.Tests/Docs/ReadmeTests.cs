using System.Text;
using ReviewGen.Catalog;
using ReviewGen.Rules;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Docs;

/// <summary>
/// The README says only what is true of the code: its rule table is generated from the catalog (set
/// REVIEWGEN_UPDATE_README=1 to rewrite it), and CI runs exactly its test command, which runs every test.
/// </summary>
public sealed class ReadmeTests
{
    private const string Begin = "<!-- rules:begin -->";
    private const string End = "<!-- rules:end -->";

    private static string ReadmePath => Path.Combine(RepositoryPaths.Root, "README.md");

    [Fact]
    public void The_rule_table_is_the_catalog()
    {
        var readme = File.ReadAllText(ReadmePath);
        var start = readme.IndexOf(Begin, StringComparison.Ordinal) + Begin.Length;
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        var expected = "\n" + RuleTable(RuleCatalog.Load(InMemorySolution.RulesDirectory));
        if (Environment.GetEnvironmentVariable("REVIEWGEN_UPDATE_README") == "1")
        {
            File.WriteAllText(ReadmePath, readme[..start] + expected + readme[end..]);
            return;
        }
        Assert.Equal(expected, readme[start..end]);
    }

    [Fact]
    public void Ci_runs_the_test_command_the_readme_gives()
    {
        var readme = File.ReadAllText(ReadmePath);
        var ci = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".ci", "run"));

        var script = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "run.sh"));

        Assert.Contains("tests/run.sh", ci);
        Assert.Contains("\ntests/run.sh\n", readme);
        Assert.Contains("dotnet test ReviewGen.sln \"$@\"", script);
    }

    private static string RuleTable(RuleCatalog catalog)
    {
        var table = new StringBuilder();
        table.Append("| id | category | severity | CWE | title |\n|---|---|---|---|---|\n");
        foreach (var rule in catalog.Rules)
        {
            var cwe = rule.Cwe is { } id ? $"[CWE-{id}](https://cwe.mitre.org/data/definitions/{id}.html)" : "";
            table.Append($"| {rule.Id} | `{CategoryInfo.Of(rule.Category).MachineName}` | {rule.Severity.MachineName()} | {cwe} | {rule.Title} |\n");
        }
        return table.ToString();
    }
}
