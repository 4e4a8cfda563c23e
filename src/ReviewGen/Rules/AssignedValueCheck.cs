using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Data check: a constant given to a listed property or field (assignments and object initializers) or to a listed
/// parameter (named or positional). A value that is not a constant is judged by the constant it holds unless
/// changed (<see cref="ValueOrigin"/>): an insecure default is a defect where it reaches the setting. A constant also
/// reaches the setting through an implicit user-defined conversion, a class's own static member stands for its name
/// (<c>SqlConnectionEncryptOption.Optional</c>), and a library method's optional argument left out is its default.
/// Placeholders: {target}, {value}.
/// </summary>
public sealed class AssignedValueCheck : IRuleCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.AssignedValues.Count > 0;

    public async Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var member in document.Members)
        {
            foreach (var operation in member.Operation.Descendants())
            {
                switch (operation)
                {
                    case IAssignmentOperation { Target: IPropertyReferenceOperation or IFieldReferenceOperation } assignment:
                        var symbol = assignment.Target is IPropertyReferenceOperation p ? (ISymbol)p.Property : ((IFieldReferenceOperation)assignment.Target).Field;
                        var name = SymbolNames.Qualified(symbol);
                        if (rule.Match.AssignedValues.Where(m => m.Property == name).ToArray() is { Length: > 0 } matches)
                        {
                            await JudgeAsync(matches, assignment.Value, assignment.Syntax, ValueTarget.AssignedTo(assignment.Target), member, output, context);
                        }
                        break;
                    case IInvocationOperation invocation:
                        var method = SymbolNames.Qualified(invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod);
                        foreach (var parameter in rule.Match.AssignedValues.Where(m => m.Method == method).GroupBy(m => m.Parameter))
                        {
                            foreach (var argument in invocation.Arguments.Where(a => a.Parameter?.Name == parameter.Key && (a.ArgumentKind != ArgumentKind.DefaultValue || IsLibraryDefault(invocation))))
                            {
                                var syntax = argument.ArgumentKind != ArgumentKind.DefaultValue ? argument.Syntax
                                    : invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Name : invocation.Syntax;
                                await JudgeAsync(parameter.ToArray(), argument.Value, syntax, ValueTarget.Argument(argument), member, output, context);
                            }
                        }
                        break;
                }
            }
        }
    }

    /// <summary>
    /// A library method's optional argument left out is a setting the library chooses for the caller
    /// (<c>WithAllowUntrustedCertificates()</c> means <c>true</c>); the solution's own defaults are followed by
    /// <see cref="ValueOrigin"/> instead.
    /// </summary>
    private static bool IsLibraryDefault(IInvocationOperation invocation) => invocation.TargetMethod.Locations.All(l => l.IsInMetadata);

    /// <summary>All the listed values of one setting: the first one the value holds is the defect, none is sound (once).</summary>
    private static async Task JudgeAsync(IReadOnlyList<AssignedValueMatch> matches, IOperation value, SyntaxNode syntax, string target, MemberBody member, CheckOutput output, RuleContext context)
    {
        var written = Written(value);
        if (!written.HasValue)
        {
            foreach (var match in matches)
            {
                if (await ValueOrigin.ResolveAsync(value, context) is { } origin && RuleConstant.Matches(match.Value, origin.Value))
                {
                    var held = $"{CodeText.Quote(value.Syntax)}, which is {MarkdownInline.Code(RuleConstant.Write(origin.Value))} ({origin.Words})";
                    output.Finding(syntax, member.DisplayName, new Dictionary<string, string> { ["target"] = target, ["value"] = held }, [origin.Source], match.Scope);
                }
            }
            return;
        }
        var shown = value.IsImplicit && value.Parent is IArgumentOperation { ArgumentKind: ArgumentKind.DefaultValue }
            ? $"{MarkdownInline.Code(RuleConstant.Write(written.Value))} (the parameter's default, left out)"
            : CodeText.Quote(value.Syntax);
        var values = new Dictionary<string, string> { ["target"] = target, ["value"] = shown };
        if (matches.FirstOrDefault(m => RuleConstant.Matches(m.Value, written.Value)) is { } defect)
        {
            output.Finding(syntax, member.DisplayName, values, scope: defect.Scope);
        }
        else
        {
            output.Sound(syntax, values);
        }
    }

    /// <summary>
    /// The constant a value writes: a literal or constant expression, one given through an implicit user-defined
    /// conversion (<c>Encrypt = false</c> where Encrypt is <c>SqlConnectionEncryptOption</c>), or, for a class that
    /// enumerates its values as static members of its own type, the member's name (<c>SqlConnectionEncryptOption.Optional</c>
    /// is "Optional"). No value for anything else.
    /// </summary>
    private static Optional<object?> Written(IOperation value) => value switch
    {
        { ConstantValue.HasValue: true } => value.ConstantValue,
        IConversionOperation { Conversion.IsUserDefined: true, IsImplicit: true, Operand.ConstantValue.HasValue: true } conversion => conversion.Operand.ConstantValue,
        IPropertyReferenceOperation { Property: { IsStatic: true } property } when SymbolEqualityComparer.Default.Equals(property.Type, property.ContainingType) => property.Name,
        IFieldReferenceOperation { Field: { IsStatic: true } field } when SymbolEqualityComparer.Default.Equals(field.Type, field.ContainingType) => field.Name,
        _ => default,
    };
}
