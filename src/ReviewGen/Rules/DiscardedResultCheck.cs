using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>
/// Data check: a call whose result is its verdict (<c>X509Chain.Build</c>) used as a statement, so the verdict is
/// thrown away. Assigning, returning or testing the result is using it. Placeholders: {symbol}.
/// </summary>
public sealed class DiscardedResultCheck : IRuleCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.DiscardedResults.Count > 0;

    public Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var member in document.Members)
        {
            foreach (var statement in member.Operation.Descendants().OfType<IExpressionStatementOperation>())
            {
                if (statement.Operation is IInvocationOperation invocation
                    && rule.Match.DiscardedResults.Contains(SymbolNames.Qualified(invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod), StringComparer.Ordinal))
                {
                    output.Finding(invocation.Syntax, member.DisplayName, new Dictionary<string, string> { ["symbol"] = CodeText.Quote(invocation.TargetMethod) });
                }
            }
        }
        return Task.CompletedTask;
    }
}
