using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>
/// Data check: a constant given to a listed property or field (assignments and object initializers) or to a listed
/// parameter (named or positional). Placeholders: {target}, {value}.
/// </summary>
public sealed class AssignedValueCheck : IRuleCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.AssignedValues.Count > 0;

    public Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
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
                            Judge(match, assignment.Value, assignment.Syntax, ValueTarget.AssignedTo(assignment.Target), member, output);
                        }
                        break;
                    case IInvocationOperation invocation:
                        var method = SymbolNames.Qualified(invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod);
                        foreach (var match in rule.Match.AssignedValues.Where(m => m.Method == method))
                        {
                            foreach (var argument in invocation.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue && a.Parameter?.Name == match.Parameter))
                            {
                                Judge(match, argument.Value, argument.Syntax, ValueTarget.Argument(argument), member, output);
                            }
                        }
                        break;
                }
            }
        }
        return Task.CompletedTask;
    }

    private static void Judge(AssignedValueMatch match, IOperation value, SyntaxNode syntax, string target, MemberBody member, CheckOutput output)
    {
        if (!value.ConstantValue.HasValue)
        {
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
