using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Data check: a constant given to a listed property or field (assignments and object initializers) or to a listed
/// parameter (named or positional). A value that is not a constant is judged by the constant it holds unless
/// changed (<see cref="ValueOrigin"/>): an insecure default is a defect where it reaches the setting. Placeholders:
/// {target}, {value}.
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
                        foreach (var match in rule.Match.AssignedValues.Where(m => m.Property == name))
                        {
                            await JudgeAsync(match, assignment.Value, assignment.Syntax, ValueTarget.AssignedTo(assignment.Target), member, output, context);
                        }
                        break;
                    case IInvocationOperation invocation:
                        var method = SymbolNames.Qualified(invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod);
                        foreach (var match in rule.Match.AssignedValues.Where(m => m.Method == method))
                        {
                            foreach (var argument in invocation.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue && a.Parameter?.Name == match.Parameter))
                            {
                                await JudgeAsync(match, argument.Value, argument.Syntax, ValueTarget.Argument(argument), member, output, context);
                            }
                        }
                        break;
                }
            }
        }
    }

    private static async Task JudgeAsync(AssignedValueMatch match, IOperation value, SyntaxNode syntax, string target, MemberBody member, CheckOutput output, RuleContext context)
    {
        if (!value.ConstantValue.HasValue)
        {
            if (await ValueOrigin.ResolveAsync(value, context) is { } origin && RuleConstant.Matches(match.Value, origin.Value))
            {
                var held = $"{CodeText.Quote(value.Syntax)}, which is {MarkdownInline.Code(RuleConstant.Write(origin.Value))} ({origin.Words})";
                output.Finding(syntax, member.DisplayName, new Dictionary<string, string> { ["target"] = target, ["value"] = held }, [origin.Source], match.Scope);
            }
            return;
        }
        var values = new Dictionary<string, string> { ["target"] = target, ["value"] = CodeText.Quote(value.Syntax) };
        if (RuleConstant.Matches(match.Value, value.ConstantValue.Value))
        {
            output.Finding(syntax, member.DisplayName, values, scope: match.Scope);
        }
        else
        {
            output.Sound(syntax, values);
        }
    }
}
