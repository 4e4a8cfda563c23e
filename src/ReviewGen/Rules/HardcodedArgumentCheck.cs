using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>
/// Data check: a secret written in the code reaches a listed parameter (a PSK, a PKCS#12 password). Written in the
/// code means a non-empty literal, an array of constants, a listed transform of such values
/// (<c>Encoding.UTF8.GetBytes("…")</c>, <c>Hex.Decode("…")</c>), or a local initialized with one and never
/// reassigned. A value read from configuration, a file or a parameter is not. Placeholders: {target}, {value}.
/// </summary>
public sealed class HardcodedArgumentCheck : IRuleCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.HardcodedArguments is not null;

    public Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        var match = rule.Match.HardcodedArguments!;
        foreach (var member in document.Members)
        {
            foreach (var operation in member.Operation.Descendants())
            {
                var (method, arguments) = operation switch
                {
                    IObjectCreationOperation { Constructor: { } ctor } creation => (ctor, creation.Arguments),
                    IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                    _ => (null, default),
                };
                if (method is null)
                {
                    continue;
                }
                var names = Names(method);
                foreach (var argument in arguments)
                {
                    if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter
                        && match.Targets.Any(t => t.Parameter == parameter.Name && names.Contains(t.Method))
                        && IsWritten(argument.Value, member.Operation, match.Transforms))
                    {
                        output.Finding(argument.Syntax, member.DisplayName, new Dictionary<string, string>
                        {
                            ["target"] = ValueTarget.Argument(argument),
                            ["value"] = CodeText.Quote(argument.Value.Syntax),
                        });
                    }
                }
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>Namespace.Type.Method (or .#ctor) of the method and of every library method it overrides or implements.</summary>
    private static HashSet<string> Names(IMethodSymbol method)
    {
        var target = method.ReducedFrom ?? method;
        static string Name(IMethodSymbol m) => m.MethodKind == MethodKind.Constructor
            ? SymbolNames.Qualified(m.ContainingType) + ".#ctor"
            : SymbolNames.Qualified(m);
        return ImplementedMembers.Of(target).Append(target).Select(Name).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsWritten(IOperation value, IOperation body, IReadOnlySet<string> transforms)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }
        if (value.ConstantValue.HasValue)
        {
            return value.ConstantValue.Value is string text ? text.Length > 0 : value.ConstantValue.Value is not null;
        }
        return value switch
        {
            IArrayCreationOperation { Initializer.ElementValues: { Length: > 0 } elements } => elements.All(e => IsWritten(e, body, transforms)),
            ICollectionExpressionOperation { Elements: { Length: > 0 } elements } => elements.All(e => IsWritten(e, body, transforms)),
            IInvocationOperation invocation when Names(invocation.TargetMethod).Overlaps(transforms) =>
                invocation.Arguments.Any(a => a.ArgumentKind != ArgumentKind.DefaultValue)
                && invocation.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue).All(a => IsWritten(a.Value, body, transforms)),
            ILocalReferenceOperation local => InitializedOnce(local.Local, body) is { } initializer && IsWritten(initializer, body, transforms),
            _ => false,
        };
    }

    /// <summary>The local's initializer, when nothing else is assigned to it in the member.</summary>
    private static IOperation? InitializedOnce(ILocalSymbol local, IOperation body)
    {
        var initializers = body.Descendants().OfType<IVariableDeclaratorOperation>()
            .Where(d => SymbolEqualityComparer.Default.Equals(d.Symbol, local)).Select(d => d.Initializer?.Value).ToArray();
        var reassigned = body.Descendants().OfType<IAssignmentOperation>()
            .Any(a => a.Target is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local));
        return initializers is [{ } only] && !reassigned ? only : null;
    }
}
