using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReviewGen.Discovery;

/// <summary>
/// How well a TLS document bound: its compile errors and the names that did not resolve. When a package did not
/// restore or source is missing, TLS types may not bind and the review must not claim their absence; this is how it
/// knows. Only documents that hold TLS names are asked, never a whole compilation.
/// </summary>
public static class BindingCheck
{
    // CS0246: type or namespace not found; CS0234: not in that namespace; CS0012: type in an unreferenced assembly;
    // CS0103: name not found (a missing type used as a receiver, Severity.Debug).
    private static readonly HashSet<string> UnresolvedNameDiagnostics = ["CS0246", "CS0234", "CS0012", "CS0103"];

    /// <summary>Adds the document's unresolved names to <paramref name="names"/> and returns its number of compile errors.</summary>
    public static int Collect(SemanticModel model, SyntaxNode root, ISet<string> names, CancellationToken ct)
    {
        var errors = 0;
        foreach (var diagnostic in model.GetDiagnostics(cancellationToken: ct))
        {
            if (diagnostic.Severity != DiagnosticSeverity.Error)
            {
                continue;
            }
            errors++;
            if (UnresolvedNameDiagnostics.Contains(diagnostic.Id) && diagnostic.Location.IsInSource)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan);
                names.Add(node.FirstAncestorOrSelf<UsingDirectiveSyntax>()?.NamespaceOrType.ToString() ?? node.ToString());
            }
        }
        return errors;
    }
}
