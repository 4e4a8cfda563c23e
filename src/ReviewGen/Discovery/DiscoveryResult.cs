using ReviewGen.Catalog;
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
    Microsoft.CodeAnalysis.Solution Solution)
{
    /// <summary>Files of the reviewed projects that the configuration keeps out of the review, sorted by path.</summary>
    public IReadOnlyList<ExcludedFile> Excluded { get; init; } = [];

    /// <summary>The kind of code of every reviewed file (C# and configuration), by its path relative to the solution folder.</summary>
    public IReadOnlyDictionary<string, CodeKind> CodeKinds { get; init; } = new Dictionary<string, CodeKind>();

    /// <summary>The kind of code of each project, loaded or not, by its project file's path relative to the solution folder.</summary>
    public IReadOnlyDictionary<string, CodeKind> ProjectKinds { get; init; } = new Dictionary<string, CodeKind>();

    public CodeKind KindOf(string path) => CodeKinds.TryGetValue(path, out var kind) ? kind : CodeKind.Production;
}
