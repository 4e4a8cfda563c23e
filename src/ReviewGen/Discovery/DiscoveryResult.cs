using ReviewGen.Discovery.Configuration;

namespace ReviewGen.Discovery;

/// <summary>The output of discovery: the bound TLS documents, their regions and what did not bind.</summary>
/// <param name="DocumentsReviewed">Distinct C# documents looked at, across projects and target frameworks.</param>
/// <param name="LinesReviewed">Lines of those documents, each document counted once.</param>
/// <param name="ConfigurationFiles">The configuration files of the reviewed projects, once each, by path.</param>
/// <param name="Solution">The solution the documents were bound in, for the lookups of later stages to bind alike.</param>
public sealed record DiscoveryResult(
    IReadOnlyList<AnalyzedDocument> Documents,
    IReadOnlyList<TlsRegion> Regions,
    IReadOnlyList<ProjectBinding> Bindings,
    int DocumentsReviewed,
    int LinesReviewed,
    IReadOnlyList<ConfigurationFile> ConfigurationFiles,
    Microsoft.CodeAnalysis.Solution Solution);
