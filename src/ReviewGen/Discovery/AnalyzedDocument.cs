using Microsoft.CodeAnalysis;

namespace ReviewGen.Discovery;

/// <summary>A document that holds TLS code, bound once for one distinct compilation of its project.</summary>
/// <param name="Path">Relative to the solution folder, forward slashes.</param>
/// <param name="TargetFrameworks">The target frameworks this compilation stands for.</param>
public sealed record AnalyzedDocument(
    Document Document,
    SemanticModel Model,
    string Path,
    IReadOnlyList<string> TargetFrameworks,
    IReadOnlyList<MemberBody> Members,
    IReadOnlyList<TlsSymbolUse> Uses);
