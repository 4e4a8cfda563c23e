using ReviewGen.Catalog;
using ReviewGen.Discovery;
using ReviewGen.Rules;
using ReviewGen.Text;

namespace ReviewGen.Review;

/// <summary>
/// Writes one category's section: what the code does there and where, which checks ran and passed, and its
/// findings. A category with no code says what was looked for, and says where absence is not proven because a
/// project's references did not bind. A suppressed finding is not listed, but its rule is not said to have passed.
/// </summary>
public sealed class CategoryWriter(TlsSymbolCatalog catalog, ReviewScope scope)
{
    private const int ExampleSymbols = 4;

    public CategorySection Write(
        CategoryInfo info,
        IReadOnlyList<TlsRegion> regions,
        IReadOnlyList<RuleObservation> soundPlaces,
        IReadOnlyList<RuleDefinition> rules,
        IReadOnlyList<FindingModel> findings,
        IReadOnlyList<FindingModel> suppressed,
        int regionsApart)
    {
        var inventory = CategoryInventory.Of(regions, soundPlaces, findings, suppressed);
        // A setting in a configuration file, or one a rule states outside any region, is something to say too.
        var present = regions.Count > 0 || inventory.Places.Count > 0 || findings.Count > 0 || suppressed.Count > 0;
        var passed = present
            ? rules.Where(r => findings.Concat(suppressed).All(f => f.RuleId != r.Id)).Select(r => new CheckPassed(r.Id, r.Passed)).ToArray()
            : [];
        var summary = present ? Presence(inventory, findings, suppressed.Count) : Absence(info, regionsApart);
        return new CategorySection(info.Number, info.MachineName, info.Heading, summary,
            regions.Select(r => new RegionModel(new SourceLocation(r.Path, r.StartLine, r.EndLine), r.Member, r.Symbols, r.TargetFrameworks)).ToArray(),
            inventory.Places, passed, findings.Select(f => f.Id).ToArray());
    }

    /// <summary>Counts what is listed below it, so that the reader can check one against the other.</summary>
    private static string Presence(CategoryInventory inventory, IReadOnlyList<FindingModel> findings, int suppressed)
    {
        var files = inventory.Places.Select(p => p.Location.Path).Distinct(StringComparer.Ordinal).Count();
        var where = inventory.Places.Count == 0
            ? "No place that decides anything about TLS"
            : $"{Counted(inventory.Places.Count, "place")} in {Counted(files, "file")}";
        var unlisted = inventory.Unlisted == 0
            ? ""
            : $" Not listed: {Counted(inventory.Unlisted, "region")} that only " +
              (inventory.Unlisted == 1
                  ? "reads or writes application data, calls a base constructor or uses the project's own members."
                  : "read or write application data, call a base constructor or use the project's own members.");
        if (findings.Count == 0 && suppressed > 0)
        {
            return $"{where}, and no active finding: {Counted(suppressed, "finding")} of this category {(suppressed == 1 ? "is" : "are")} suppressed (see Suppressed findings).{unlisted}";
        }
        if (findings.Count == 0)
        {
            return $"{where}, and no finding: every check of this category passed.{unlisted}";
        }
        var bySeverity = findings.GroupBy(f => f.Severity)
            .OrderByDescending(g => SeverityInfo.TryParse(g.Key, out var s) ? s : Severity.Info)
            .Select(g => $"{g.Count()} {g.Key}");
        var alsoSuppressed = suppressed == 0 ? "" : $"; {suppressed} more {(suppressed == 1 ? "is" : "are")} suppressed (see Suppressed findings)";
        return $"{where}, with {Counted(findings.Count, "finding")} ({string.Join(", ", bySeverity)}){alsoSuppressed}.{unlisted}";
    }

    /// <param name="regionsApart">Regions of the category in test and sample code, which is reviewed apart.</param>
    private string Absence(CategoryInfo info, int regionsApart)
    {
        var symbols = catalog.Entries.Where(e => e.Category == info.Category).ToArray();
        var examples = symbols.Select(e => e.Symbol[(e.Symbol.LastIndexOf('.') + 1)..]).Distinct(StringComparer.Ordinal).Take(ExampleSymbols)
            .Select(MarkdownInline.Code).ToArray();
        var reviewed = scope.Projects.Where(p => p.Status != "failed").ToArray();
        var text = regionsApart == 0
            ? $"No code in this category: none of the {symbols.Length} symbols it looks for " +
              $"(such as {EnglishList.Join(examples)}) is used in the {Counted(scope.DocumentsReviewed, "C# document")} of the " +
              $"{Counted(reviewed.Length, "project")} reviewed"
            : $"No production code in this category: the {symbols.Length} symbols it looks for (such as {EnglishList.Join(examples)}) are used only " +
              $"in test and sample code ({Counted(regionsApart, "TLS region")}, see In test and sample code) of the {Counted(reviewed.Length, "project")} reviewed";
        var unbound = reviewed.Where(p => p.UnboundNames.Count > 0 || p.Status == "degraded").ToArray();
        var failed = scope.Projects.Where(p => p.Status == "failed").ToArray();
        if (unbound.Length == 0)
        {
            text += reviewed.Length == 1 ? ", which bound its references fully." : ", all of which bound their references fully.";
        }
        else
        {
            var names = unbound.Select(p => p.UnboundNames.Count > 0
                ? $"{MarkdownInline.Code(p.Name)}, where names did not resolve"
                : $"{MarkdownInline.Code(p.Name)}, reviewed in degraded mode");
            text += $"; absence is not proven in {string.Join("; ", names)} (see Scope and limits).";
        }
        if (failed.Length > 0)
        {
            text += $" Not reviewed, because they did not load: {string.Join(", ", failed.Select(p => MarkdownInline.Code(p.Name)))}.";
        }
        return text;
    }

    public static string Counted(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
