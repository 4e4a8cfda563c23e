using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Where a value goes: an argument, a property, a variable, a return. A value that is only compared or masked goes
/// nowhere, and is not a setting, so it has no target.
/// </summary>
public static class ValueTarget
{
    /// <summary>
    /// Markdown naming what receives <paramref name="value"/>, or null when the value is not passed, assigned,
    /// initialized or returned. A value inside an array or collection is "an element of" wherever that goes.
    /// </summary>
    public static string? Describe(IOperation value, string member)
    {
        var element = false;
        var child = value;
        for (var parent = value.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IConversionOperation or IConditionalOperation or ICoalesceOperation or IParenthesizedOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Or }:
                    continue;
                case IArrayInitializerOperation or IArrayCreationOperation or ICollectionExpressionOperation:
                    element = true;
                    continue;
                // A parameter not typed as the value's type (Enum.HasFlag takes System.Enum) asks about the value; it does not set it.
                case IArgumentOperation { Parameter: { } parameter } when value.Type is { } type && !Mentions(parameter.Type, type):
                    return null;
                default:
                    var destination = Destination(parent, child, member);
                    return destination is null ? null : element ? $"an element of {destination}" : destination;
            }
        }
        return null;
    }

    /// <summary>The type itself, or a type built from it: an array, a nullable or a generic collection of it.</summary>
    private static bool Mentions(ITypeSymbol candidate, ITypeSymbol type) => candidate switch
    {
        _ when SymbolEqualityComparer.Default.Equals(candidate, type) => true,
        IArrayTypeSymbol array => Mentions(array.ElementType, type),
        INamedTypeSymbol named => named.TypeArguments.Any(argument => Mentions(argument, type)),
        _ => false,
    };

    private static string? Destination(IOperation parent, IOperation child, string member) => parent switch
    {
        IArgumentOperation { Parameter: not null } argument => Argument(argument),
        IAssignmentOperation assignment when assignment.Value == child => AssignedTo(assignment.Target),
        IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => $"the variable {MarkdownInline.Code(declarator.Symbol.Name)}",
        IFieldInitializerOperation { InitializedFields: [var field, ..] } => CodeText.Quote(field),
        IPropertyInitializerOperation { InitializedProperties: [var property, ..] } => CodeText.Quote(property),
        IReturnOperation => $"the return value of {MarkdownInline.Code(member)}",
        _ => null,
    };

    /// <summary>"the `checkCertificateRevocation` argument of `SslStream.AuthenticateAsClient`".</summary>
    public static string Argument(IArgumentOperation argument) =>
        $"the {MarkdownInline.Code(argument.Parameter!.Name)} argument of {Callee(argument)}";

    /// <summary>"the `SslStream` constructor" or "`SslStream.AuthenticateAsClient`".</summary>
    public static string Callee(IArgumentOperation argument) => argument.Parent switch
    {
        IObjectCreationOperation { Constructor: { } ctor } => $"the {CodeText.Quote(ctor)} constructor",
        IInvocationOperation invocation => CodeText.Quote(invocation.TargetMethod),
        _ => "a call",
    };

    public static string AssignedTo(IOperation target) => target switch
    {
        IPropertyReferenceOperation property => CodeText.Quote(property.Property),
        IFieldReferenceOperation field => CodeText.Quote(field.Field),
        IEventReferenceOperation @event => CodeText.Quote(@event.Event),
        ILocalReferenceOperation local => $"the variable {MarkdownInline.Code(local.Local.Name)}",
        _ => CodeText.Quote(target.Syntax),
    };
}
