using ReviewGen.Changes;

namespace ReviewGen.Rendering.Audit;

/// <summary>What the auditor says about the deliverable, beside what the review found.</summary>
/// <param name="Date">The date given on the command line; null to take the reviewed commit's.</param>
public sealed record AuditRequest(string Title, string? Client, string? Auditor, DateOnly? Date, ReviewedSource Source);
