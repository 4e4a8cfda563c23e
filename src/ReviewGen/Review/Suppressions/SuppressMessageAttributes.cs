using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ReviewGen.Review.Suppressions;

/// <summary>
/// <c>[SuppressMessage("ReviewGen", "RG0001", Justification = "…")]</c> (or <c>UnconditionalSuppressMessage</c>), read
/// as Roslyn reads it for analyzers: on any declaration around the finding (the member, a property around an accessor,
/// the containing types, every part of a partial type), or at assembly or module level, either with neither Target
/// nor Scope (the whole compilation) or with a Target (a documentation id such as <c>~M:Ns.Type.Method</c>, or a
/// namespace or type name) and a Scope (<c>member</c>, <c>type</c>, <c>namespace</c>, <c>namespaceanddescendants</c>).
/// The attribute is recognized by its type through the semantic model, and the check id may carry a title after a
/// colon (<c>RG0001:Certificate validation</c>). Unlike Roslyn, the category must be ReviewGen's: ids are short, and
/// another tool's suppression is not a decision about this tool's findings.
/// </summary>
internal sealed class SuppressMessageAttributes(Func<string, string> relativePath)
{
    public const string Category = "ReviewGen";

    private static readonly string[] AttributeNames =
    [
        "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute",
        "System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessageAttribute",
    ];

    private readonly Dictionary<Compilation, GlobalSuppressions> _global = new(ReferenceEqualityComparer.Instance);

    /// <param name="span">The flagged code.</param>
    public SourceSuppression? Find(SemanticModel model, SyntaxNode root, TextSpan span, string ruleId, CancellationToken ct)
    {
        var types = AttributeNames.Select(model.Compilation.GetTypeByMetadataName).OfType<INamedTypeSymbol>().ToArray();
        if (types.Length == 0)
        {
            return null;
        }
        var global = Global(model.Compilation, types);
        if (global.CompilationWide.FirstOrDefault(s => s.Id == ruleId) is { } wide)
        {
            return wide.Found;
        }
        var immediate = true;
        for (var node = root.FindNode(span, getInnermostNodeForTie: true); node is not null; node = node.Parent)
        {
            ct.ThrowIfCancellationRequested();
            if (model.GetDeclaredSymbol(node, ct) is not { IsDefinition: true } symbol)
            {
                continue;
            }
            if (symbol is INamespaceSymbol space)
            {
                return Namespace(global, space, ruleId, immediate);
            }
            if (symbol.Kind != SymbolKind.Local)
            {
                var found = symbol.GetAttributes().Select(a => Decode(a, types)).FirstOrDefault(s => s?.Id == ruleId)?.Found
                    ?? global.For(symbol, ruleId)?.Found;
                if (found is not null)
                {
                    return found;
                }
            }
            immediate = false;
        }
        return null;
    }

    /// <summary>
    /// The first namespace around the finding and those around it: "namespace" covers only code whose closest
    /// declaration is the namespace itself, "namespaceanddescendants" everything in it, as in Roslyn.
    /// </summary>
    private static SourceSuppression? Namespace(GlobalSuppressions global, INamespaceSymbol? space, string ruleId, bool immediate)
    {
        for (; space is not null; space = space.ContainingNamespace, immediate = false)
        {
            if (global.For(space, ruleId) is { } suppression && (suppression.Scope == "namespaceanddescendants" || immediate))
            {
                return suppression.Found;
            }
        }
        return null;
    }

    private GlobalSuppressions Global(Compilation compilation, IReadOnlyList<INamedTypeSymbol> types)
    {
        if (_global.TryGetValue(compilation, out var known))
        {
            return known;
        }
        var wide = new List<Suppression>();
        var bySymbol = new Dictionary<ISymbol, List<Suppression>>(SymbolEqualityComparer.Default);
        var attributes = compilation.Assembly.GetAttributes().Concat(compilation.Assembly.Modules.SelectMany(m => m.GetAttributes()));
        foreach (var suppression in attributes.Select(a => Decode(a, types)).OfType<Suppression>())
        {
            if (suppression.Target is null)
            {
                if (suppression.Scope is "" or "module")
                {
                    wide.Add(suppression);
                }
                continue;
            }
            foreach (var target in Targets(compilation, suppression.Target, suppression.Scope))
            {
                if (!bySymbol.TryGetValue(target, out var list))
                {
                    bySymbol[target] = list = [];
                }
                list.Add(suppression);
            }
        }
        return _global[compilation] = new GlobalSuppressions(wide, bySymbol);
    }

    /// <summary>The symbols a global suppression's Target names: a documentation id, or a namespace or type by its name.</summary>
    private static IEnumerable<ISymbol> Targets(Compilation compilation, string target, string scope)
    {
        if (scope is not ("member" or "type" or "namespace" or "namespaceanddescendants"))
        {
            return [];
        }
        var id = target.TrimStart('~');
        if (id.Length > 2 && id[1] == ':')
        {
            return DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation);
        }
        if (scope == "type")
        {
            return compilation.GetTypeByMetadataName(id) is { } type ? [type] : [];
        }
        if (scope.StartsWith("namespace", StringComparison.Ordinal))
        {
            INamespaceSymbol? space = compilation.GlobalNamespace;
            foreach (var part in id.Split('.'))
            {
                space = space?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            }
            return space is null ? [] : [space];
        }
        return [];
    }

    private Suppression? Decode(AttributeData attribute, IReadOnlyList<INamedTypeSymbol> types)
    {
        if (attribute.AttributeClass is not { } type
            || !types.Any(t => SymbolEqualityComparer.Default.Equals(t, type))
            || attribute.ConstructorArguments is not [{ Value: string category }, { Value: string checkId }]
            || !string.Equals(category, Category, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var named = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in attribute.NamedArguments)
        {
            named[name] = value.Value as string;
        }
        var colon = checkId.IndexOf(':', StringComparison.Ordinal);
        var id = (colon < 0 ? checkId : checkId[..colon]).Trim().ToUpperInvariant();
        var justification = named.GetValueOrDefault("Justification");
        var location = attribute.ApplicationSyntaxReference is { } reference
            ? reference.SyntaxTree.GetLineSpan(reference.Span)
            : default;
        var found = new SourceSuppression(
            SourceSuppression.SuppressMessage,
            string.IsNullOrWhiteSpace(justification) ? null : justification.Trim(),
            location.Path is { Length: > 0 } path ? relativePath(path) : "",
            location.StartLinePosition.Line + 1);
        return new Suppression(id, (named.GetValueOrDefault("Scope") ?? "").ToLowerInvariant(), named.GetValueOrDefault("Target"), found);
    }

    /// <param name="Id">The rule id, upper case.</param>
    /// <param name="Scope">Lower case; empty when not given.</param>
    private sealed record Suppression(string Id, string Scope, string? Target, SourceSuppression Found);

    private sealed record GlobalSuppressions(IReadOnlyList<Suppression> CompilationWide, IReadOnlyDictionary<ISymbol, List<Suppression>> BySymbol)
    {
        public Suppression? For(ISymbol symbol, string ruleId) =>
            BySymbol.TryGetValue(symbol, out var list) ? list.FirstOrDefault(s => s.Id == ruleId) : null;
    }
}
