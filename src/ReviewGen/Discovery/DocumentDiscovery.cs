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
    /// <param name="Document">The document in the solution bound without source generators.</param>
    /// <param name="Generated">The same document in the solution as loaded, whose compilations run them.</param>
    /// <param name="TargetFrameworks">The target frameworks the document's compilation stands for.</param>
    public sealed record Work(int ProjectIndex, Document Document, Document Generated, IReadOnlyList<string> TargetFrameworks);

    /// <param name="Found">The document with its TLS uses; null when it has none.</param>
    /// <param name="UnboundNames">Names the document uses that did not resolve.</param>
    public sealed record Outcome(AnalyzedDocument? Found, IReadOnlySet<string> UnboundNames, int CompileErrors);

    private static readonly Outcome NoTlsNames = new(null, new HashSet<string>(), 0);

    public static async ValueTask<Outcome> RunAsync(Work work, LoadedSolution loaded, TlsSymbolCatalog catalog, CancellationToken ct)
    {
        var text = await work.Document.GetTextAsync(ct);
        if (!catalog.Prefilter.MayName(text.ToString()))
        {
            return NoTlsNames;
        }
        var tree = await work.Document.GetSyntaxTreeAsync(ct) ?? throw new InvalidOperationException($"{work.Document.FilePath} has no syntax tree");
        if (!catalog.Prefilter.Names(await tree.GetRootAsync(ct)))
        {
            return NoTlsNames;
        }
        // Source generators run in a compilation only for a document that does not bind without them (it uses what
        // they generate): running them costs more than binding the few documents that name TLS code.
        var outcome = await BindAsync(work.Document, work, loaded, catalog, ct);
        return outcome.CompileErrors > 0 && work.Generated.Project.AnalyzerReferences.Count > 0
            ? await BindAsync(work.Generated, work, loaded, catalog, ct)
            : outcome;
    }

    private static async ValueTask<Outcome> BindAsync(Document document, Work work, LoadedSolution loaded, TlsSymbolCatalog catalog, CancellationToken ct)
    {
        var tree = await document.GetSyntaxTreeAsync(ct) ?? throw new InvalidOperationException($"{document.FilePath} has no syntax tree");
        var root = await tree.GetRootAsync(ct);
        // Asked only here, for a document that names TLS code: a project none of whose documents does is never compiled.
        var compilation = await document.Project.GetCompilationAsync(ct)
            ?? throw new InvalidOperationException($"{document.Project.Name} has no compilation");
        var model = compilation.GetSemanticModel(tree);
        var members = MemberBodies.Of(model, root, ct).ToArray();
        var uses = new DocumentScanner(catalog).Scan(members, ct);
        var unbound = new HashSet<string>(StringComparer.Ordinal);
        var compileErrors = BindingCheck.Collect(model, root, unbound, ct);
        var found = uses.Count > 0
            ? new AnalyzedDocument(document, model, loaded.RelativePath(document.FilePath!), work.TargetFrameworks, members, uses)
            : null;
        return new Outcome(found, unbound, compileErrors);
    }
}
