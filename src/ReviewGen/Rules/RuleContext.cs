using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FindSymbols;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>What a check may need beyond its document: other documents' semantic models (a callback defined in another project).</summary>
public sealed class RuleContext(Solution solution, TlsSymbolCatalog catalog, Func<string, string> relativePath, CancellationToken cancellationToken)
{
    public TlsSymbolCatalog Catalog { get; } = catalog;

    // Lazy: documents are checked in parallel, and a concurrent GetOrAdd may run its factory twice; a search of the
    // whole solution is worth running once.
    private readonly ConcurrentDictionary<ISymbol, Lazy<Task<IReadOnlyList<Location>>>> _references = new(SymbolEqualityComparer.Default);

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public string RelativePath(string absolutePath) => relativePath(absolutePath);

    /// <summary>Where the solution refers to a symbol, for following a callback from where it is stored to where it is installed.</summary>
    /// <remarks>Searched once per symbol and run: every callback rule follows the same stored callbacks.</remarks>
    public Task<IReadOnlyList<Location>> FindReferencesAsync(ISymbol symbol) =>
        _references.GetOrAdd(symbol, s => new Lazy<Task<IReadOnlyList<Location>>>(() => FindAsync(s))).Value;

    private async Task<IReadOnlyList<Location>> FindAsync(ISymbol symbol)
    {
        var references = await SymbolFinder.FindReferencesAsync(symbol, solution, CancellationToken);
        return references.SelectMany(r => r.Locations).Select(l => l.Location).Where(l => l.IsInSource)
            .OrderBy(l => l.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(l => l.SourceSpan.Start).ToArray();
    }

    /// <summary>
    /// The target frameworks whose compilation of the document's project holds <paramref name="node"/> as written, sorted;
    /// empty when the project's framework cannot be told (a project without the SDK's preprocessor symbols). Code under
    /// <c>#if NET10_0</c> belongs to net10.0 alone, though every target's compilation has the file.
    /// </summary>
    public async Task<IReadOnlyList<string>> TargetFrameworksAtAsync(Document document, SyntaxNode node)
    {
        var frameworks = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var project in solution.Projects.Where(p => p.FilePath is not null && p.FilePath == document.Project.FilePath))
        {
            var sibling = project.Documents.FirstOrDefault(d => d.FilePath == document.FilePath);
            if (sibling is null || await sibling.GetSyntaxRootAsync(CancellationToken) is not { } root || !root.FullSpan.Contains(node.Span))
            {
                continue;
            }
            var same = root.FindNode(node.Span, getInnermostNodeForTie: true);
            var preprocessor = (project.ParseOptions as Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)?.PreprocessorSymbolNames ?? [];
            if (same.AncestorsAndSelf().TakeWhile(n => n.Span == node.Span).Any(n => n.IsEquivalentTo(node)) && Loading.TargetFrameworkSymbols.Infer(preprocessor) is { } framework)
            {
                frameworks.Add(framework);
            }
        }
        return frameworks.ToArray();
    }

    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<Location>>>> _calls = new(StringComparer.Ordinal);

    /// <summary>
    /// Where any project of the solution calls a method (every overload) of a type, which may come from a package only
    /// some projects reference, or from no project at all: empty then. Searched once per method and run.
    /// </summary>
    /// <param name="type">The type's metadata name, Namespace.Type.</param>
    public Task<IReadOnlyList<Location>> FindCallsAsync(string type, string method) =>
        _calls.GetOrAdd(type + "." + method, _ => new Lazy<Task<IReadOnlyList<Location>>>(() => FindCallsUncachedAsync(type, method))).Value;

    private async Task<IReadOnlyList<Location>> FindCallsUncachedAsync(string type, string method)
    {
        var locations = new HashSet<Location>();
        foreach (var project in solution.Projects)
        {
            var compilation = await project.GetCompilationAsync(CancellationToken);
            foreach (var overload in compilation?.GetTypeByMetadataName(type)?.GetMembers(method).OfType<IMethodSymbol>() ?? [])
            {
                var references = await SymbolFinder.FindReferencesAsync(overload, solution, CancellationToken);
                locations.UnionWith(references.SelectMany(r => r.Locations).Select(l => l.Location).Where(l => l.IsInSource));
            }
        }
        return locations.OrderBy(l => l.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(l => l.SourceSpan.Start).ToArray();
    }

    /// <summary>The semantic model of a tree, from the compilation that owns it; null when the tree is not in the solution.</summary>
    public async ValueTask<SemanticModel?> ModelForAsync(SyntaxTree tree, Compilation current)
    {
        if (current.ContainsSyntaxTree(tree))
        {
            return current.GetSemanticModel(tree);
        }
        var document = solution.GetDocument(tree);
        return document is null ? null : await document.GetSemanticModelAsync(CancellationToken);
    }
}
