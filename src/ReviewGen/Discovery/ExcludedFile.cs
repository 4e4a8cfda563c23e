namespace ReviewGen.Discovery;

/// <summary>A file of a reviewed project that the configuration keeps out of the review.</summary>
/// <param name="Path">Relative to the solution folder.</param>
/// <param name="Setting">The reviewgen.json key that excludes it: "exclude" or "testCode".</param>
/// <param name="Value">The glob that matched, or for "testCode" the kind of code ("test", "sample").</param>
public sealed record ExcludedFile(string Path, string Setting, string Value);
