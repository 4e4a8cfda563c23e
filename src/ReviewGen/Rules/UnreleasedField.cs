using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ReviewGen.Rules;

/// <summary>
/// Whether a private field's object can be released at all: only its own type can reach it, so when no code of that
/// type (every partial declaration, nested types included) closes, disposes, returns, passes on or copies the field,
/// the object is never released. A static field is left out: it is meant to live as long as the process. Anything not understood counts as letting it go, so that a field is only called
/// unreleased when that is certain.
/// </summary>
public static class UnreleasedField
{
    private static readonly HashSet<string> Releases = ["Dispose", "DisposeAsync", "Close"];

    /// <summary>True when <paramref name="field"/> is a private instance field and no code of its type releases or lets go of its object.</summary>
    public static async Task<bool> IsNeverReleasedAsync(IFieldSymbol field, Compilation compilation, RuleContext context)
    {
        if (field.DeclaredAccessibility != Accessibility.Private || field.IsStatic || field.ContainingType.DeclaringSyntaxReferences.Length == 0)
        {
            return false;
        }
        foreach (var declaration in field.ContainingType.DeclaringSyntaxReferences)
        {
            var node = await declaration.GetSyntaxAsync(context.CancellationToken);
            if (await context.ModelForAsync(node.SyntaxTree, compilation) is not { } model)
            {
                return false;
            }
            foreach (var name in node.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => n.Identifier.ValueText == field.Name))
            {
                if (model.GetOperation(name, context.CancellationToken) is IFieldReferenceOperation reference
                    && SymbolEqualityComparer.Default.Equals(reference.Field, field)
                    && !Keeps(reference))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>
    /// A use that leaves the object where it is: overwriting the field, comparing it, or reading or calling a member
    /// that is not a release and whose result is a plain value or is itself kept (<c>_client.GetStream().Close()</c>
    /// releases the client's socket).
    /// </summary>
    private static bool Keeps(IOperation use)
    {
        var (child, parent) = ValueUse.Of(use);
        return parent switch
        {
            ISimpleAssignmentOperation assignment => assignment.Target == child,
            IBinaryOperation or IIsPatternOperation or IIsTypeOperation => true,
            IAwaitOperation awaited => KeepsResult(awaited),
            // ConfigureAwait's result disposes the object in await using, though it is a value.
            IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } invocation when invocation.Instance == child => Keeps(invocation),
            IInvocationOperation invocation when invocation.Instance == child => !Releases.Contains(invocation.TargetMethod.Name) && KeepsResult(invocation),
            IPropertyReferenceOperation property when property.Instance == child => KeepsResult(property),
            _ => false,
        };
    }

    private static bool KeepsResult(IOperation result) =>
        result.Type is null or { SpecialType: SpecialType.System_Void or SpecialType.System_String } or { IsValueType: true } || Keeps(result);
}
