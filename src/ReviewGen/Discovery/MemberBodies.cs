using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReviewGen.Text;

namespace ReviewGen.Discovery;

/// <summary>
/// Enumerates the members of a document that hold code, each with its operation tree. Nested lambdas and local
/// functions stay inside their member, which is what a reader means by "the method that does this".
/// </summary>
public static class MemberBodies
{
    public const string TopLevelStatements = "top-level statements";

    public static IEnumerable<MemberBody> Of(SemanticModel model, SyntaxNode root, CancellationToken ct)
    {
        foreach (var node in root.DescendantNodes(descendIntoChildren: n => n is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or GlobalStatementSyntax)))
        {
            ct.ThrowIfCancellationRequested();
            var body = node switch
            {
                BaseMethodDeclarationSyntax method when method.Body is not null || method.ExpressionBody is not null =>
                    Body(model, method, method, model.GetDeclaredSymbol(method, ct)),
                AccessorDeclarationSyntax accessor when accessor.Body is not null || accessor.ExpressionBody is not null =>
                    Body(model, accessor, accessor, model.GetDeclaredSymbol(accessor, ct) is IMethodSymbol { AssociatedSymbol: { } owner } ? owner : null, Accessor(accessor)),
                BasePropertyDeclarationSyntax { Parent: not null } property when ArrowOrInitializer(property) is { } code =>
                    Body(model, property, code, model.GetDeclaredSymbol(property, ct)),
                VariableDeclaratorSyntax { Initializer: { } initializer, Parent.Parent: BaseFieldDeclarationSyntax field } variable =>
                    Body(model, field, initializer, model.GetDeclaredSymbol(variable, ct)),
                GlobalStatementSyntax global => Body(model, global, global.Statement, null),
                _ => null,
            };
            if (body is not null)
            {
                yield return body;
            }
        }
    }

    private static SyntaxNode? ArrowOrInitializer(BasePropertyDeclarationSyntax property) => property switch
    {
        PropertyDeclarationSyntax { ExpressionBody: { } arrow } => arrow,
        PropertyDeclarationSyntax { Initializer: { } initializer } => initializer,
        IndexerDeclarationSyntax { ExpressionBody: { } arrow } => arrow,
        _ => null,
    };

    private static MemberBody? Body(SemanticModel model, SyntaxNode declaration, SyntaxNode code, ISymbol? symbol, string? accessor = null)
    {
        var operation = model.GetOperation(code);
        return operation is null ? null : new MemberBody(declaration, DisplayName(symbol), Phrase(symbol, accessor), operation, symbol);
    }

    private static string? Accessor(AccessorDeclarationSyntax accessor) => accessor.Keyword.Kind() switch
    {
        SyntaxKind.GetKeyword => "getter",
        SyntaxKind.SetKeyword => "setter",
        SyntaxKind.InitKeyword => "init accessor",
        SyntaxKind.AddKeyword => "add accessor",
        SyntaxKind.RemoveKeyword => "remove accessor",
        _ => null,
    };

    /// <summary>
    /// How a sentence names the member, in Markdown: "`Client.Connect`", "the `Client` constructor", "the
    /// `Client.Timeout` setter". A constructor's identity name repeats its type (`Client.Client`), which reads as a
    /// method; the phrase says what it is. Lambdas and local functions never get here: they belong to their member.
    /// </summary>
    private static string Phrase(ISymbol? symbol, string? accessor) => symbol switch
    {
        // "The top-level statements calls" would not agree; the code they make up is one subject.
        null => "the top-level code",
        IMethodSymbol { MethodKind: MethodKind.Constructor } ctor => $"the {MarkdownInline.Code(TypeName(ctor.ContainingType))} constructor",
        IMethodSymbol { MethodKind: MethodKind.StaticConstructor } ctor => $"the static {MarkdownInline.Code(TypeName(ctor.ContainingType))} constructor",
        IMethodSymbol { MethodKind: MethodKind.Destructor } dtor => $"the {MarkdownInline.Code(TypeName(dtor.ContainingType))} finalizer",
        IFieldSymbol field => $"the initializer of {MarkdownInline.Code(DisplayName(field))}",
        _ when accessor is not null => $"the {MarkdownInline.Code(DisplayName(symbol))} {accessor}",
        _ => MarkdownInline.Code(DisplayName(symbol)),
    };

    private static string DisplayName(ISymbol? symbol) => symbol switch
    {
        null => TopLevelStatements,
        IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } ctor => ctor.ContainingType.Name + "." + ctor.ContainingType.Name,
        _ when symbol.ContainingType is { } owner => TypeName(owner) + "." + symbol.Name,
        _ => symbol.Name,
    };

    private static string TypeName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? TypeName(outer) + "." + type.Name : type.Name;
}
