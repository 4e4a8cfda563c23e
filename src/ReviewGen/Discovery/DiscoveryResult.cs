namespace ReviewGen.Discovery;

/// <summary>The output of discovery: the bound TLS documents, their regions and what did not bind.</summary>
/// <param name="DocumentsReviewed">Distinct C# documents looked at, across projects and target frameworks.</param>
public sealed record DiscoveryResult(
    IReadOnlyList<AnalyzedDocument> Documents,
    IReadOnlyList<TlsRegion> Regions,
    IReadOnlyList<ProjectBinding> Bindings,
    int DocumentsReviewed);
