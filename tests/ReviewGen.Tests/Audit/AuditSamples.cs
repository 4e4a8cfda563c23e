using ReviewGen.Changes;
using ReviewGen.Rendering.Audit;
using ReviewGen.Tests.Rendering;

namespace ReviewGen.Tests.Audit;

/// <summary>
/// The hand-made Ledger review as an audit whose every auditor-given field, and a finding's message, carries text
/// that would break HTML or Markdown if it were not escaped. F3 is raised to high, so that ranking reorders the findings.
/// </summary>
internal static class AuditSamples
{
    public const string Hostile = "</code></style><script>alert(\"x\")</script> & 'co' | `tick`";

    public static AuditModel Ledger()
    {
        var review = ReviewModelSamples.Ledger();
        review = review with
        {
            Findings =
            [
                review.Findings[0] with { Message = $"The callback returns `true`. {Hostile}", Title = Hostile },
                review.Findings[1],
                review.Findings[2] with { Severity = "high" },
            ],
        };
        var source = new ReviewedSource($"https://example.test/{Hostile}", "0123456789abcdef0123456789abcdef01234567", new DateOnly(2026, 3, 4),
            ReviewedSourceState.Clean);
        return AuditModelBuilder.Build(review, new AuditRequest(Hostile, Hostile, Hostile, null, source));
    }
}
