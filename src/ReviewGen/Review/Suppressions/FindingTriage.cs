using ReviewGen.Review.Baselines;
using ReviewGen.Rules;

namespace ReviewGen.Review.Suppressions;

/// <summary>
/// Splits the rules' findings into the active ones and those a suppression hides: a suppression in the code first
/// (it carries a reason, and a finding accepted there needs no baseline entry), then the baseline for the rest.
/// </summary>
public static class FindingTriage
{
    /// <summary>A finding that is not reported as active, and what hid it, as <see cref="SuppressedFinding"/> names it.</summary>
    public sealed record Hidden(RuleFinding Finding, string Kind, string Syntax, string? Justification, SourceLocation? Location);

    /// <param name="Active">In the order they were given.</param>
    /// <param name="Suppressed">In the order they were given.</param>
    public sealed record Result(IReadOnlyList<RuleFinding> Active, IReadOnlyList<Hidden> Suppressed, BaselineSummary? Baseline);

    /// <param name="ordered">The findings in report order, which is the order of the result too.</param>
    public static async Task<Result> SortAsync(
        IReadOnlyList<RuleFinding> ordered,
        IReadOnlyDictionary<RuleFinding, string> fingerprints,
        SourceSuppressions suppressions,
        BaselineFile? baseline,
        CancellationToken ct)
    {
        var inSource = new Dictionary<RuleFinding, Hidden>(ReferenceEqualityComparer.Instance);
        foreach (var finding in ordered)
        {
            if (await suppressions.FindAsync(finding, ct) is { } found)
            {
                inSource[finding] = new Hidden(finding, SuppressedFinding.InSource, found.Syntax, found.Justification,
                    new SourceLocation(found.Path, found.Line, found.Line));
            }
        }
        var remaining = ordered.Where(f => !inSource.ContainsKey(f)).ToArray();
        var byBaseline = baseline is null
            ? new HashSet<int>()
            : BaselineMatcher.Hidden(baseline.Findings, remaining.Select(f => (fingerprints[f], f.Path)).ToArray());
        var hidden = new Dictionary<RuleFinding, Hidden>(inSource, ReferenceEqualityComparer.Instance);
        foreach (var index in byBaseline)
        {
            hidden[remaining[index]] = new Hidden(remaining[index], SuppressedFinding.External, BaselineFile.Syntax, null, null);
        }
        return new Result(
            ordered.Where(f => !hidden.ContainsKey(f)).ToArray(),
            ordered.Where(hidden.ContainsKey).Select(f => hidden[f]).ToArray(),
            baseline is null ? null : new BaselineSummary(baseline.Findings.Count, byBaseline.Count));
    }
}
