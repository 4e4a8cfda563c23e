using Microsoft.CodeAnalysis;

namespace ReviewGen.Rules;

/// <summary>What a check may need beyond its document: other documents' semantic models (a callback defined in another project).</summary>
public sealed class RuleContext(Solution solution, Func<string, string> relativePath, CancellationToken cancellationToken)
{
    public CancellationToken CancellationToken { get; } = cancellationToken;

    public string RelativePath(string absolutePath) => relativePath(absolutePath);

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
