using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// The constant a non-constant setting holds unless someone changes it: a parameter's default value, the
/// initializer of a field or auto-property, the only values a local is ever given, through <c>!</c>. This is how a
/// library's insecure default reaches a TLS call (<c>AuthenticateAsClient(host, …, !AcceptInvalidCertificates)</c>
/// with the property initialized to <c>true</c>). A field that the type's constructors assign is not a default.
/// </summary>
public static class ValueOrigin
{
    /// <param name="Value">The constant the setting has.</param>
    /// <param name="Words">Markdown: how it comes to hold it ("`AcceptInvalidCertificates` is initialized to `true` unless a caller sets it").</param>
    /// <param name="Source">Where the constant is written.</param>
    public sealed record Origin(object? Value, string Words, RelatedSpan Source);

    public static async Task<Origin?> ResolveAsync(IOperation value, RuleContext context)
    {
        var compilation = value.SemanticModel?.Compilation;
        switch (value)
        {
            case IConversionOperation { IsImplicit: true } conversion:
                return await ResolveAsync(conversion.Operand, context);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not
                when await ResolveAsync(not.Operand, context) is { Value: bool inner } origin:
                return origin with { Value = !inner };
            case IParameterReferenceOperation { Parameter: { HasExplicitDefaultValue: true } parameter }
                when await DefaultReachesAsync(parameter, context):
                return At(parameter.ExplicitDefaultValue, parameter, $"the default of the parameter {MarkdownInline.Code(parameter.Name)}, used when a caller leaves it out", context);
            case ILocalReferenceOperation local:
                return await LocalAsync(local, context);
            case IFieldReferenceOperation { Field: { IsConst: false } field }:
                return compilation is null ? null : await StoredAsync(field, compilation, context);
            case IPropertyReferenceOperation { Property: { Parameters.Length: 0 } property } when IsAutoProperty(property):
                return compilation is null ? null : await StoredAsync(property, compilation, context);
            default:
                return null;
        }
    }

    /// <summary>A public or protected method is called from outside the solution too; otherwise some call here must leave the argument out.</summary>
    private static async Task<bool> DefaultReachesAsync(IParameterSymbol parameter, RuleContext context)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return false;
        }
        if (method.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal
            && method.ContainingType.DeclaredAccessibility == Accessibility.Public)
        {
            return true;
        }
        foreach (var location in await context.FindReferencesAsync(method))
        {
            var node = (await location.SourceTree!.GetRootAsync(context.CancellationToken)).FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            if (node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } call
                && call.ArgumentList.Arguments.Count <= parameter.Ordinal
                && call.ArgumentList.Arguments.All(a => a.NameColon?.Name.Identifier.ValueText != parameter.Name))
            {
                return true;
            }
        }
        return false;
    }

    private static async Task<Origin?> LocalAsync(ILocalReferenceOperation reference, RuleContext context)
    {
        var local = reference.Local;
        if (local.DeclaringSyntaxReferences is not [var declaration])
        {
            return null;
        }
        var body = declaration.GetSyntax(context.CancellationToken).FirstAncestorOrSelf<MemberDeclarationSyntax>();
        var model = reference.SemanticModel;
        if (body is null || model is null)
        {
            return null;
        }
        var written = new List<ExpressionSyntax>();
        if (declaration.GetSyntax(context.CancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initial })
        {
            written.Add(initial);
        }
        foreach (var assignment in body.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (assignment.Left is IdentifierNameSyntax name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, local))
            {
                if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
                {
                    return null;
                }
                written.Add(assignment.Right);
            }
        }
        if (body.DescendantNodes().OfType<ArgumentSyntax>().Any(a => !a.RefKindKeyword.IsKind(SyntaxKind.None)
                && a.Expression is IdentifierNameSyntax n && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n).Symbol, local)))
        {
            return null;
        }
        var values = written.Select(w => model.GetConstantValue(w, context.CancellationToken)).ToArray();
        if (values.Length == 0 || values.Any(v => !v.HasValue) || values.Select(v => v.Value).Distinct().Count() != 1)
        {
            return null;
        }
        return At(values[0].Value, written[0], $"the only value the variable {MarkdownInline.Code(local.Name)} is given", context);
    }

    /// <summary>A field or auto-property whose initializer the type's constructors do not replace.</summary>
    private static async Task<Origin?> StoredAsync(ISymbol member, Compilation compilation, RuleContext context)
    {
        var initializer = member.DeclaringSyntaxReferences.Select(r => r.GetSyntax(context.CancellationToken)).Select(s => s switch
        {
            VariableDeclaratorSyntax v => v.Initializer?.Value,
            PropertyDeclarationSyntax p => p.Initializer?.Value,
            _ => null,
        }).OfType<ExpressionSyntax>().FirstOrDefault();
        object? value;
        if (initializer is null)
        {
            // An option the caller sets: left alone, it keeps its type's default, which is then the library's choice.
            if (!IsCallerSettable(member) || TypeDefault(member) is not { } typeDefault)
            {
                return null;
            }
            value = typeDefault;
        }
        else
        {
            var model = await context.ModelForAsync(initializer.SyntaxTree, compilation);
            if (model?.GetConstantValue(initializer, context.CancellationToken) is not { HasValue: true } constant)
            {
                return null;
            }
            value = constant.Value;
        }
        var writesOutsideConstructors = false;
        foreach (var location in await context.FindReferencesAsync(member))
        {
            var node = (await location.SourceTree!.GetRootAsync(context.CancellationToken)).FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            if (!IsWrite(node))
            {
                continue;
            }
            var constructor = node.FirstAncestorOrSelf<ConstructorDeclarationSyntax>();
            if (constructor is not null && constructor.FirstAncestorOrSelf<TypeDeclarationSyntax>()?.Identifier.ValueText == member.ContainingType.Name)
            {
                return null;
            }
            writesOutsideConstructors = true;
        }
        if (writesOutsideConstructors && !IsCallerSettable(member))
        {
            // The type changes its own state: what the setting holds when it is read is not known from here.
            return null;
        }
        var name = MarkdownInline.Code(member.Name);
        var start = initializer is null
            ? $"{name} is never initialized, so it is {MarkdownInline.Code(RuleConstant.Write(value))}"
            : $"{name} is initialized to {MarkdownInline.Code(RuleConstant.Write(value))}";
        var words = IsCallerSettable(member) ? $"{start} unless a caller sets it" : $"{start} and nothing changes it";
        return initializer is null ? At(value, member, words, context) : At(value, initializer, words, context);
    }

    private static bool IsCallerSettable(ISymbol member) =>
        member.DeclaredAccessibility == Accessibility.Public && member.ContainingType.DeclaredAccessibility == Accessibility.Public && member switch
        {
            IPropertySymbol property => property.SetMethod?.DeclaredAccessibility == Accessibility.Public,
            IFieldSymbol field => !field.IsReadOnly,
            _ => false,
        };

    /// <summary>What a bool member holds before anything is written to it; other types are not judged by their default.</summary>
    private static object? TypeDefault(ISymbol member)
    {
        var type = member switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        return type?.SpecialType == SpecialType.System_Boolean ? false : null;
    }

    private static bool IsAutoProperty(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<PropertyDeclarationSyntax>()
            .Any(p => p.AccessorList is { } accessors && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null));

    private static bool IsWrite(SyntaxNode node)
    {
        var expression = node.Parent is MemberAccessExpressionSyntax access && access.Name == node ? access : node;
        return expression.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == expression,
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
            _ => false,
        };
    }

    private static Origin At(object? value, SyntaxNode written, string how, RuleContext context)
    {
        var span = written.GetLocation().GetLineSpan();
        var source = new RelatedSpan(context.RelativePath(span.Path), span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1,
            "where the value comes from");
        return new Origin(value, how, source);
    }

    private static Origin At(object? value, ISymbol declared, string how, RuleContext context) =>
        At(value, declared.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken), how, context);
}
