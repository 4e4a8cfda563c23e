using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReviewGen.Discovery;

/// <summary>
/// Names a document uses that did not resolve. When a package did not restore, its TLS types do not bind and the
/// review must not claim their absence; this is how it knows.
/// </summary>
public static class UnboundNames
{
    // CS0246: type or namespace not found; CS0234: not in that namespace; CS0012: type in an unreferenced assembly.
    private static readonly HashSet<string> MissingTypeDiagnostics = ["CS0246", "CS0234", "CS0012"];

    public static void Collect(SemanticModel model, SyntaxNode root, ISet<string> names, CancellationToken ct)
    {
        foreach (var diagnostic in model.GetDiagnostics(cancellationToken: ct))
        {
            if (!MissingTypeDiagnostics.Contains(diagnostic.Id) || !diagnostic.Location.IsInSource)
            {
                continue;
            }
            var node = root.FindNode(diagnostic.Location.SourceSpan);
            var name = node.FirstAncestorOrSelf<UsingDirectiveSyntax>()?.NamespaceOrType.ToString() ?? node.ToString();
            names.Add(name);
        }
    }
}
