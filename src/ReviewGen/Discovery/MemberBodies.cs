using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
                    Body(model, accessor, accessor, model.GetDeclaredSymbol(accessor, ct) is IMethodSymbol { AssociatedSymbol: { } owner } ? owner : null),
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

    private static MemberBody? Body(SemanticModel model, SyntaxNode declaration, SyntaxNode code, ISymbol? symbol)
    {
        var operation = model.GetOperation(code);
        return operation is null ? null : new MemberBody(declaration, DisplayName(symbol), operation, symbol);
    }

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
