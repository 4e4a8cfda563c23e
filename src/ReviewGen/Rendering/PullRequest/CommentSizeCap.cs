using ReviewGen.Catalog;

namespace ReviewGen.Rendering.PullRequest;

/// <summary>
/// Keeps the comment under GitHub's limit of 65,536 characters: the details of the least severe findings go first
/// (their table rows stay), then table rows, least severe first; the model counts what was cut so the comment can
/// say so and point to the full review.
/// </summary>
internal static class CommentSizeCap
{
    public static string Fit(PrCommentModel model, Func<PrCommentModel, string> render, int maxLength)
    {
        var text = render(model);
        // Least severe first; among equals the last in report order, which is sorted by severity, path and line.
        var leastSevereFirst = model.Findings
            .Select((row, index) => (Row: row, Index: index))
            .OrderBy(r => SeverityInfo.TryParse(r.Row.Finding.Severity, out var severity) ? severity : Severity.Info)
            .ThenByDescending(r => r.Index)
            .Select(r => r.Row.Finding.Id)
            .ToArray();
        var rows = model.Findings;
        for (var cut = 1; text.Length > maxLength && cut <= leastSevereFirst.Length; cut++)
        {
            var withoutDetails = leastSevereFirst.Take(cut).ToHashSet(StringComparer.Ordinal);
            model = model with
            {
                Findings = [.. rows.Select(r => withoutDetails.Contains(r.Finding.Id) ? r with { Detailed = false } : r)],
                OmittedDetails = cut,
            };
            text = render(model);
        }
        rows = model.Findings;
        for (var cut = 1; text.Length > maxLength && cut <= leastSevereFirst.Length; cut++)
        {
            var withoutRows = leastSevereFirst.Take(cut).ToHashSet(StringComparer.Ordinal);
            model = model with { Findings = [.. rows.Where(r => !withoutRows.Contains(r.Finding.Id))], OmittedRows = cut };
            text = render(model);
        }
        return text;
    }
}
