using ReviewGen.Rules;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Rules;

/// <summary>
/// Each rule's fixture folder is compiled as one project; the findings must be exactly the lines marked
/// <c>// expect: RGxxxx</c>, so every fixture is both positive (marked lines) and negative (the rest).
/// </summary>
public sealed class RuleFixtureTests
{
    public static TheoryData<string> RuleFolders => new(
        Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "RuleFixtures")).Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(RuleFolders))]
    public async Task Findings_are_exactly_the_marked_lines(string rule)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "RuleFixtures", rule);
        var files = Directory.GetFiles(folder, "*.cs").Order().Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();
        using var loaded = InMemorySolution.Create(files);

        var (_, results) = await InMemorySolution.AnalyzeAsync(loaded);

        var expected = files.SelectMany(f => ExpectationMarkers.Parse(f.Item2, f.Item1)).ToHashSet();
        var reported = InMemorySolution.Reported(results);
        Assert.Multiple(
            () => Assert.Empty(expected.Except(reported).Select(e => $"missed {e.RuleId} at {e.Path}:{e.Line}")),
            () => Assert.Empty(reported.Except(expected).Select(e => $"unexpected {e.RuleId} at {e.Path}:{e.Line}")));
        Assert.Contains(expected, e => e.RuleId == rule);
    }

    [Fact]
    public void Every_rule_has_at_least_two_marked_defects_in_its_fixtures()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "RuleFixtures");
        var marked = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => ExpectationMarkers.Read(f, Path.GetRelativePath(root, f)))
            .GroupBy(e => e.RuleId)
            .ToDictionary(g => g.Key, g => g.Count());
        var rules = RuleCatalog.Load(InMemorySolution.RulesDirectory).Rules.Select(r => r.Id);
        Assert.Empty(rules.Where(id => marked.GetValueOrDefault(id) < 2).Select(id => $"{id}: {marked.GetValueOrDefault(id)} marked"));
    }
}
