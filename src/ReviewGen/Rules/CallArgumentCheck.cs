using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>
/// Data check: a call of a listed method whose arguments are the listed constants (<c>AppContext.SetSwitch</c> with a
/// weakening switch name and <c>true</c>). The listed strings say which setting the call is about; when they match and
/// another listed argument is a different constant, the call sets that setting soundly. Placeholders: {call}, {symbol}.
/// </summary>
public sealed class CallArgumentCheck : IRuleCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.Calls.Count > 0;

    public Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var member in document.Members)
        {
            foreach (var invocation in member.Operation.Descendants().OfType<IInvocationOperation>())
            {
                var method = SymbolNames.Qualified(invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod);
                foreach (var match in rule.Match.Calls.Where(m => m.Method == method))
                {
                    Judge(match, invocation, member, output);
                }
            }
        }
        return Task.CompletedTask;
    }

    private static void Judge(CallArgumentMatch match, IInvocationOperation invocation, MemberBody member, CheckOutput output)
    {
        var given = match.Arguments.Select(expected => (expected.Value, Argument: invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == expected.Parameter)?.Value)).ToArray();
        if (given.Any(g => g.Argument is null || !g.Argument.ConstantValue.HasValue))
        {
            return;
        }
        var identifying = given.Where(g => g.Value is string);
        if (!identifying.All(g => RuleConstant.Matches(g.Value, g.Argument!.ConstantValue.Value)))
        {
            return;
        }
        var values = new Dictionary<string, string> { ["call"] = CodeText.Quote(invocation.Syntax), ["symbol"] = CodeText.Quote(invocation.TargetMethod) };
        if (given.All(g => RuleConstant.Matches(g.Value, g.Argument!.ConstantValue.Value)))
        {
            output.Finding(invocation.Syntax, member.DisplayName, values);
        }
        else
        {
            output.Sound(invocation.Syntax, values);
        }
    }
}
