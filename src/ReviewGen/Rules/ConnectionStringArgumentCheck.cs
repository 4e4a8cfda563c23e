using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Data check: a connection string written in the code (a constant, or the constant a variable, field or parameter
/// default holds: <see cref="ValueOrigin"/>) given to a parameter or property the catalog marks as taking one
/// (<c>new SqlConnection(…)</c>, <c>ConnectionMultiplexer.Connect(…)</c>, <c>.ConnectionString = …</c>), judged by
/// its keywords like one in a configuration file. Placeholders: {target}, {value}.
/// </summary>
public sealed class ConnectionStringArgumentCheck : IRuleCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.ConnectionStrings.Count > 0;

    public async Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var member in document.Members)
        {
            foreach (var operation in member.Operation.Descendants())
            {
                var (value, receiver) = operation switch
                {
                    IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation or IObjectCreationOperation } argument
                        when Method(argument) is { } method && context.Catalog.MatchParameter(method, parameter) is { ConnectionString: true }
                        => (argument.Value, ValueTarget.Argument(argument)),
                    ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                        when context.Catalog.Match(property.Property) is { ConnectionString: true }
                        => (assignment.Value, ValueTarget.AssignedTo(property)),
                    _ => default((IOperation?, string?)),
                };
                if (value is null || await TextOf(value, context) is not { } text)
                {
                    continue;
                }
                foreach (var match in rule.Match.ConnectionStrings)
                {
                    foreach (var (keyword, setting, isDefect) in match.Judge(text))
                    {
                        var values = new Dictionary<string, string>
                        {
                            ["target"] = $"{MarkdownInline.Code(keyword)} in the connection string given to {receiver}",
                            ["value"] = MarkdownInline.Code(setting),
                        };
                        if (isDefect)
                        {
                            output.Finding(value.Syntax, member.DisplayName, values);
                        }
                        else
                        {
                            output.Sound(value.Syntax, values);
                        }
                    }
                }
            }
        }
    }

    private static IMethodSymbol? Method(IArgumentOperation argument) => argument.Parent switch
    {
        IInvocationOperation invocation => invocation.TargetMethod,
        IObjectCreationOperation creation => creation.Constructor,
        _ => null,
    };

    private static async Task<string?> TextOf(IOperation value, RuleContext context) =>
        value.ConstantValue is { HasValue: true, Value: string constant } ? constant
        : await ValueOrigin.ResolveAsync(value, context) is { Value: string held } ? held
        : null;
}
