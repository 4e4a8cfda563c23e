using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>One way of matching code: by data (symbols, enum values, assigned values) or by a named code check.</summary>
public interface IRuleCheck
{
    bool AppliesTo(RuleDefinition rule);

    Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context);
}
