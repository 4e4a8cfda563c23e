using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReviewGen.Catalog;
using ReviewGen.Changes;
using ReviewGen.Review;

namespace ReviewGen.Rendering.Audit;

/// <summary>Turns a review and the auditor's request into the audit model. Nothing here reads a clock.</summary>
public static class AuditModelBuilder
{
    public static string DefaultTitle(ReviewModel review) => $"TLS security audit of {review.Solution.Name}";

    public static AuditModel Build(ReviewModel review, AuditRequest request)
    {
        var ranked = review.Findings.OrderByDescending(f => Rank(f.Severity)).ToArray();
        var severityBars = Bars(review.Verdict.Counts.Select(c => (c.Severity, c.Severity, c.Count)));
        var categoryBars = Bars(review.Categories.Select(c => (c.Heading, c.Name, review.Findings.Count(f => f.Category == c.Name))));
        var categories = CategoryInfo.All
            .Select(c => new AuditCategory(c.Number, c.MachineName, c.Heading, review.Scope.Categories.Contains(c.MachineName)))
            .ToArray();
        var regions = review.Categories
            .SelectMany(c => c.Regions.Select(r => new AuditRegion(r.Location, r.Member, c.Number, c.Heading, r.Symbols)))
            .OrderBy(r => r.Location.Path, StringComparer.Ordinal)
            .ThenBy(r => r.Location.StartLine).ThenBy(r => r.Location.EndLine).ThenBy(r => r.CategoryNumber)
            .ThenBy(r => r.Member, StringComparer.Ordinal)
            .ToArray();
        return new AuditModel(review, Cover(request), Headline(review), ranked, severityBars, categoryBars, categories, regions, CatalogDigest(review.Rules));
    }

    private static AuditCover Cover(AuditRequest request)
    {
        var source = request.Source;
        var date = request.Date ?? source.CommitDate;
        var dateText = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dated = request.Date is { } given
            ? $"The date, {Iso(given)}, is the one given for the report" + (source.CommitDate is { } c ? $"; the commit is dated {Iso(c)}." : ".")
            : source.CommitDate is { } commitDate
                ? $"The date, {Iso(commitDate)}, is the commit's (committer date, UTC)."
                : "No date was given and no commit dates the source, so the report is undated.";
        var what = source.State switch
        {
            ReviewedSourceState.Clean => $"Reviewed at commit {source.Commit} of {source.Repository}, with no uncommitted change: the same commit gives the same report.",
            ReviewedSourceState.Uncommitted =>
                $"Reviewed from a working tree with uncommitted changes on top of commit {source.Commit} of {source.Repository}: the findings may not match that commit.",
            ReviewedSourceState.NoCommit => $"Reviewed from a git repository ({source.Repository}) with no commit yet: no commit identifies the reviewed source.",
            _ => $"The reviewed folder, {source.Repository}, is not a git repository: no commit identifies the reviewed source.",
        };
        return new AuditCover(request.Title, request.Client, request.Auditor, dateText, source.Repository, source.Commit, $"{what} {dated}",
            source.State == ReviewedSourceState.Clean);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Headline(ReviewModel review)
    {
        var present = review.Verdict.Counts.Where(c => c.Count > 0).ToArray();
        if (present.Length == 0)
            return "No TLS defect was found in the code reviewed.";
        var counts = string.Join(", ", present.Select(c => $"{c.Count} {c.Severity}"));
        var worst = present[0].Severity;
        var advice = Rank(worst) >= (int)Severity.High
            ? "The code should not ship until the most severe findings are fixed."
            : "None is high or critical; fix them as part of normal maintenance.";
        return $"{review.Verdict.Total} finding{(review.Verdict.Total == 1 ? "" : "s")} ({counts}). {advice}";
    }

    private static int Rank(string severity) => SeverityInfo.TryParse(severity, out var s) ? (int)s : -1;

    private static ChartBar[] Bars(IEnumerable<(string Label, string Name, int Count)> values)
    {
        var all = values.ToArray();
        var max = all.Select(v => v.Count).DefaultIfEmpty(0).Max();
        return [.. all.Select(v => new ChartBar(v.Label, v.Name, v.Count, max == 0 ? 0 : (int)Math.Round(100.0 * v.Count / max)))];
    }

    private static string CatalogDigest(IEnumerable<RuleSummary> rules)
    {
        var text = new StringBuilder();
        foreach (var rule in rules.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            text.Append(string.Join('\u001f', rule.Id, rule.Title, rule.Category, rule.Severity, rule.Cwe?.ToString(CultureInfo.InvariantCulture) ?? "",
                rule.Description, rule.Remediation, string.Join('\u001e', rule.References)));
            text.Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }
}
