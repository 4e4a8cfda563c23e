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
    /// <summary>Markdown naming what receives <paramref name="value"/>, or null when the value is not passed, assigned, initialized or returned.</summary>
    public static string? Describe(IOperation value, string member)
    {
        var child = value;
        for (var parent = value.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IConversionOperation or IConditionalOperation or ICoalesceOperation or IParenthesizedOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Or }:
                    continue;
                case IArgumentOperation { Parameter: { } parameter } argument:
                    return $"the {MarkdownInline.Code(parameter.Name)} argument of {Callee(argument)}";
                case IAssignmentOperation assignment when assignment.Value == child:
                    return AssignedTo(assignment.Target);
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return $"the variable {MarkdownInline.Code(declarator.Symbol.Name)}";
                case IFieldInitializerOperation { InitializedFields: [var field, ..] }:
                    return CodeText.Quote(field);
                case IPropertyInitializerOperation { InitializedProperties: [var property, ..] }:
                    return CodeText.Quote(property);
                case IReturnOperation:
                    return $"the return value of {MarkdownInline.Code(member)}";
                case IArrayInitializerOperation or ICollectionExpressionOperation:
                    return "an element of a collection";
                default:
                    return null;
            }
        }
        return null;
    }

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
