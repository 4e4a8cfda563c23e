using Microsoft.CodeAnalysis;
using ReviewGen.Loading;

namespace ReviewGen.Discovery;

/// <summary>
/// Discovery of one document of one compilation: independent of every other document, so documents can be bound in
/// parallel; what they find is put together in the order of the work list, never in the order they finish.
/// </summary>
internal static class DocumentDiscovery
{
    /// <param name="ProjectIndex">The position of the document's project in the list of reviewed projects.</param>
    /// <param name="Project">The Roslyn project standing for <paramref name="TargetFrameworks"/>.</param>
    public sealed record Work(int ProjectIndex, Project Project, IReadOnlyList<string> TargetFrameworks, Document Document);

    /// <param name="Found">The document with its TLS uses; null when it has none.</param>
    /// <param name="UnboundNames">Names the document uses that did not resolve.</param>
    public sealed record Outcome(AnalyzedDocument? Found, IReadOnlySet<string> UnboundNames, int CompileErrors);

    private static readonly Outcome NoTlsNames = new(null, new HashSet<string>(), 0);

    public static async ValueTask<Outcome> RunAsync(Work work, LoadedSolution loaded, TlsSymbolCatalog catalog, CancellationToken ct)
    {
        var tree = await work.Document.GetSyntaxTreeAsync(ct) ?? throw new InvalidOperationException($"{work.Document.FilePath} has no syntax tree");
        var root = await tree.GetRootAsync(ct);
        if (!DocumentPrefilter.IsCandidate(root, catalog.PrefilterWords))
        {
            return NoTlsNames;
        }
        // Asked only here, for a document that names TLS code: a project none of whose documents does is never compiled.
        var compilation = await work.Project.GetCompilationAsync(ct)
            ?? throw new InvalidOperationException($"{work.Project.Name} has no compilation");
        var model = compilation.GetSemanticModel(tree);
        var members = MemberBodies.Of(model, root, ct).ToArray();
        var uses = new DocumentScanner(catalog).Scan(members, ct);
        var unbound = new HashSet<string>(StringComparer.Ordinal);
        var compileErrors = BindingCheck.Collect(model, root, unbound, ct);
        var found = uses.Count > 0
            ? new AnalyzedDocument(work.Document, model, loaded.RelativePath(work.Document.FilePath!), work.TargetFrameworks, members, uses)
            : null;
        return new Outcome(found, unbound, compileErrors);
    }
}
