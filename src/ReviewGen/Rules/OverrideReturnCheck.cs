using Microsoft.CodeAnalysis;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>
/// Data check: an override or implementation of a library hook (BouncyCastle's <c>AllowLegacyResumption</c>,
/// <c>RequiresCloseNotify</c>) that answers the named constant on every path and never throws. The finding stands on
/// the first return. Placeholders: {method}, {value}.
/// </summary>
public sealed class OverrideReturnCheck : IRuleCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.OverrideReturns.Count > 0;

    public Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var member in document.Members)
        {
            if (member.Symbol is not IMethodSymbol method)
            {
                continue;
            }
            var implemented = ImplementedMembers.NamesOf(method);
            foreach (var match in rule.Match.OverrideReturns.Where(m => implemented.Contains(m.Method)))
            {
                var body = CallbackBody.Of(member.Operation);
                if (body.Returns.Count > 0 && body.Throws.Count == 0
                    && body.Returns.All(r => r.ReturnedValue!.ConstantValue.HasValue && RuleConstant.Matches(match.Value, r.ReturnedValue.ConstantValue.Value)))
                {
                    var first = body.Returns.OrderBy(r => r.Syntax.SpanStart).First();
                    output.Finding(first.Syntax, member.DisplayName, new Dictionary<string, string>
                    {
                        ["method"] = CodeText.Quote(method),
                        ["value"] = CodeText.Quote(first.ReturnedValue!.Syntax),
                    });
                }
            }
        }
        return Task.CompletedTask;
    }
}
