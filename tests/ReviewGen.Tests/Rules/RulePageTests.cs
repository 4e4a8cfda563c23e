using System.Text.RegularExpressions;
using ReviewGen.Catalog;
using ReviewGen.Rules;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Rules;

/// <summary>
/// Every rule has a help page, <c>rules/pages/&lt;id&gt;.md</c>, shipped beside the rules; the page agrees with the
/// rule's JSON (title, metadata, references) and has the same sections as every other page. Read from the copied
/// rules folder, so a page that would not ship fails here too.
/// </summary>
public sealed class RulePageTests
{
    private static readonly string[] Sections =
        ["What it flags", "Why it matters", "Noncompliant code", "Compliant code", "How to fix", "References"];

    private static readonly RuleCatalog Catalog = RuleCatalog.Load(InMemorySolution.RulesDirectory);

    private static string PagesDirectory => Path.Combine(InMemorySolution.RulesDirectory, "pages");

    public static TheoryData<string> RuleIds => new(Catalog.Rules.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_page_starts_with_the_rule_id_and_title(string id)
    {
        var rule = Rule(id);
        var lines = Page(id);

        Assert.Equal($"# {rule.Id}: {rule.Title}", lines[0]);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_metadata_line_is_the_rules_category_severity_and_cwe(string id)
    {
        var rule = Rule(id);
        var cwe = rule.Cwe is { } number ? $"[CWE-{number}](https://cwe.mitre.org/data/definitions/{number}.html)" : "none";
        var expected = $"Category: `{CategoryInfo.Of(rule.Category).MachineName}` · Default severity: {rule.Severity.MachineName()} · CWE: {cwe}";

        var metadata = Page(id).Skip(1).First(line => line.Length > 0);

        Assert.Equal(expected, metadata);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_sections_are_the_same_on_every_page_and_in_order(string id)
    {
        var headings = Page(id).Where(line => line.StartsWith("## ", StringComparison.Ordinal)).Select(line => line[3..]);

        Assert.Equal(Sections, headings);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_reference_of_the_rule_is_listed_under_references(string id)
    {
        var listed = Section(Page(id), "References")
            .Where(line => line.StartsWith("- ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(Rule(id).References, reference => Assert.Contains(reference, listed));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Code_blocks_are_closed_and_tagged_csharp(string id)
    {
        var lines = Page(id);
        var open = (int?)null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }
            if (open is null)
            {
                Assert.True(lines[i] == "```csharp", $"{id}.md line {i + 1}: a code block must open with ```csharp, not {lines[i]}");
                open = i;
            }
            else
            {
                Assert.True(lines[i] == "```", $"{id}.md line {i + 1}: a code block must close with a bare ```");
                open = null;
            }
        }
        Assert.True(open is null, $"{id}.md line {open + 1}: the code block is never closed");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Both_code_sections_show_code(string id)
    {
        var lines = Page(id);

        Assert.Contains("```csharp", Section(lines, "Noncompliant code"));
        Assert.Contains("```csharp", Section(lines, "Compliant code"));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_page_is_markdown_without_html(string id)
    {
        var inCode = false;
        var prose = new List<string>();
        foreach (var line in Page(id))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
            }
            else if (!inCode)
            {
                // Generic types such as `List<TlsCipherSuite>` are fine inside inline code.
                prose.Add(Regex.Replace(line, "`[^`]*`", ""));
            }
        }

        Assert.DoesNotContain(prose, line => Regex.IsMatch(line, "</?[A-Za-z!]"));
    }

    [Fact]
    public void Every_page_belongs_to_a_rule()
    {
        var ids = Catalog.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var pages = Directory.EnumerateFiles(PagesDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();

        Assert.NotEmpty(pages);
        Assert.All(pages, page =>
            Assert.True(page!.EndsWith(".md", StringComparison.Ordinal) && ids.Contains(page[..^3]), $"rules/pages/{page} has no rule"));
    }

    private static RuleDefinition Rule(string id) => Catalog.Rules.Single(r => r.Id == id);

    private static IReadOnlyList<string> Page(string id)
    {
        var path = Path.Combine(PagesDirectory, id + ".md");
        Assert.True(File.Exists(path), $"{id} has no page at rules/pages/{id}.md");
        return File.ReadAllLines(path);
    }

    /// <summary>The lines under <c>## heading</c>, up to the next heading of that level.</summary>
    private static IReadOnlyList<string> Section(IReadOnlyList<string> lines, string heading) =>
        lines.SkipWhile(line => line != "## " + heading)
            .Skip(1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .ToArray();
}
