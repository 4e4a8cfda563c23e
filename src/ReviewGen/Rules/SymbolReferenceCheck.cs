using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>Data check: any use of a listed member or type is a finding. Placeholder: {symbol}.</summary>
public sealed class SymbolReferenceCheck : IRuleCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.Symbols.Count > 0;

    public Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var use in document.Uses)
        {
            if (use.Operation is not null && rule.Match.Symbols.Contains(use.SymbolName, StringComparer.Ordinal))
            {
                output.Finding(use.Syntax, use.Member.DisplayName, new Dictionary<string, string> { ["symbol"] = CodeText.Quote(use.Symbol) });
            }
        }
        return Task.CompletedTask;
    }
}
