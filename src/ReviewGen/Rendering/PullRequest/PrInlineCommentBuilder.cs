using ReviewGen.Changes;

namespace ReviewGen.Rendering.PullRequest;

/// <summary>
/// One diff comment per new finding, on the first line of it the change touched: in the finding's own range, or else
/// in a related range (a callback installed on a changed line whose body did not change).
/// </summary>
public static class PrInlineCommentBuilder
{
    public static IReadOnlyList<PrInlineComment> Build(ChangeReview change, ChangeSet touched)
    {
        var comments = new List<PrInlineComment>();
        foreach (var finding in change.NewFindings)
        {
            var place = new[] { finding.Location }.Concat(finding.Related.Select(r => r.Location))
                .Select(l => (Path: change.Paths.ToRepository(l.Path), Line: touched.FirstTouchedLine(change.Paths.ToRepository(l.Path), l.StartLine, l.EndLine)))
                .FirstOrDefault(p => p.Line is not null);
            if (place.Line is not { } line)
                continue;
            var body = $"**{finding.RuleId}: {CommentSafety.Text(finding.Title)}** ({finding.Severity})\n\n"
                + $"{CommentSafety.Markdown(finding.Message)}\n\n**Fix:** {CommentSafety.Markdown(finding.Remediation)}";
            comments.Add(new PrInlineComment(place.Path, line, body, $"{finding.RuleId}:{finding.Fingerprint}"));
        }
        return [.. comments.OrderBy(c => c.Path, StringComparer.Ordinal).ThenBy(c => c.Line).ThenBy(c => c.Key, StringComparer.Ordinal)];
    }
}
