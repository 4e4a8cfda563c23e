namespace ReviewGen.Review.Baselines;

/// <summary>One accepted finding, as <c>reviewgen baseline</c> recorded it.</summary>
/// <param name="Fingerprint">The finding's fingerprint (<see cref="FindingFingerprint"/>): what a later finding is matched by.</param>
/// <param name="Path">Where the finding was when it was recorded: of identical findings, the one at this path takes the entry.</param>
/// <param name="StartLine">Where it started then; for the reader of the file, never for matching (lines move).</param>
/// <param name="Title">The rule's title, for the reader of the file.</param>
public sealed record BaselineEntry(string RuleId, string Fingerprint, string Path, int StartLine, string Title);
