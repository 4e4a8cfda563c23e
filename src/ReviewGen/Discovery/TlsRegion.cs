using ReviewGen.Catalog;

namespace ReviewGen.Discovery;

/// <summary>
/// A contiguous line range inside one member whose TLS symbols belong to one category. Regions of different
/// categories may overlap.
/// </summary>
/// <param name="Path">Relative to the solution folder, forward slashes.</param>
/// <param name="Uses">The uses in the region, in source order (one target framework's, when several agree).</param>
/// <param name="TargetFrameworks">The target frameworks whose compilation holds the region; empty for a single unnamed one.</param>
public sealed record TlsRegion(
    string Path,
    int StartLine,
    int EndLine,
    string Member,
    TlsCategory Category,
    IReadOnlyList<TlsSymbolUse> Uses,
    IReadOnlyList<string> TargetFrameworks)
{
    public IReadOnlyList<string> Symbols { get; } =
        Uses.Select(u => u.SymbolName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
