using System.CommandLine;
using System.Text;
using ReviewGen.Catalog;
using ReviewGen.Pipeline;
using ReviewGen.Rules;

namespace ReviewGen.Cli;

/// <summary>
/// <c>reviewgen rules [ID]</c>: the rule catalog the tool ships, one line per rule, or one rule's page, so a reader of a
/// review can look a rule up without the repository at hand.
/// </summary>
public static class RulesCommand
{
    private static readonly Argument<string?> IdArgument = new("id")
    {
        Description = "A rule id (RG0001): print that rule's page instead of the list.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Command Create()
    {
        var command = new Command("rules", "List the rule catalog (id, category, default severity, title), or print one rule's page.") { IdArgument };
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parse)
    {
        var catalog = RuleCatalog.Load(ReviewOptions.DefaultRulesDirectory);
        if (parse.GetValue(IdArgument) is not { } id)
        {
            Console.Out.Write(Table(catalog.Rules));
            return ExitCodes.Success;
        }
        var rule = catalog.Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new UsageException($"there is no rule {id}; 'reviewgen rules' lists the {catalog.Rules.Count} rules");
        Console.Out.Write(File.ReadAllText(Path.Combine(ReviewOptions.DefaultRulesDirectory, "pages", rule.Id + ".md")));
        return ExitCodes.Success;
    }

    /// <summary>Columns padded to their widest entry; the title, last, is not.</summary>
    private static string Table(IReadOnlyList<RuleDefinition> rules)
    {
        string[][] rows =
        [
            ["ID", "CATEGORY", "SEVERITY", "TITLE"],
            .. rules.OrderBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => new[] { r.Id, CategoryInfo.Of(r.Category).MachineName, r.Severity.MachineName(), r.Title }),
        ];
        var widths = Enumerable.Range(0, 3).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join("  ", row.Take(3).Select((cell, c) => cell.PadRight(widths[c])))).Append("  ").Append(row[3]).Append('\n');
        }
        return text.ToString();
    }
}
