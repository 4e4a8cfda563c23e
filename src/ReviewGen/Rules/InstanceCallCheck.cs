using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Data check: a listed call on an object created with one of the listed constants for a constructor parameter
/// (<c>X509Store.Add</c> on a store opened on <c>StoreName.Root</c>). The object is followed from the call to its
/// creation through locals, using declarations, fields and properties, wherever in the solution it was stored.
/// Placeholders: {symbol} (the call), {value} (the constant as written), {target} (what holds the object).
/// </summary>
public sealed class InstanceCallCheck : IRuleCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.InstanceCalls.Count > 0;

    public async Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var member in document.Members)
        {
            foreach (var invocation in member.Operation.Descendants().OfType<IInvocationOperation>())
            {
                var called = SymbolNames.Qualified(invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod);
                foreach (var match in rule.Match.InstanceCalls.Where(m => m.Calls.Contains(called, StringComparer.Ordinal)))
                {
                    if (invocation.Instance is not { } instance)
                    {
                        continue;
                    }
                    foreach (var (creation, argument) in await CreationsAsync(Unwrapped(instance), match, context))
                    {
                        var values = new Dictionary<string, string>
                        {
                            ["symbol"] = CodeText.Quote(invocation.TargetMethod),
                            ["value"] = CodeText.Quote(argument.Value.Syntax),
                            ["target"] = Holder(Unwrapped(instance)),
                        };
                        var created = creation.Syntax.GetLocation().GetLineSpan();
                        var related = new RelatedSpan(context.RelativePath(created.Path), created.StartLinePosition.Line + 1, created.EndLinePosition.Line + 1, "created here");
                        output.Finding(invocation.Syntax, member.DisplayName, values, creation.Syntax == instance.Syntax ? [] : [related]);
                    }
                }
            }
        }
    }

    /// <summary>The creations the instance can come from that pass one of the match's values, with that argument.</summary>
    private static async Task<IReadOnlyList<(IObjectCreationOperation Creation, IArgumentOperation Argument)>> CreationsAsync(
        IOperation instance, InstanceCallMatch match, RuleContext context)
    {
        var creations = new List<IObjectCreationOperation>();
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<IOperation>([instance]);
        while (pending.TryPop(out var value))
        {
            switch (Unwrapped(value))
            {
                case IObjectCreationOperation creation:
                    creations.Add(creation);
                    break;
                // A lazily opened store: `_store ??= new X509Store(…)`, `cached ?? new X509Store(…)`, `a ? b : c`.
                case ICoalesceAssignmentOperation lazy:
                    pending.Push(lazy.Target);
                    pending.Push(lazy.Value);
                    break;
                case ICoalesceOperation coalesce:
                    pending.Push(coalesce.Value);
                    pending.Push(coalesce.WhenNull);
                    break;
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    pending.Push(conditional.WhenTrue);
                    pending.Push(whenFalse);
                    break;
                case var reference when CallbackStorage.StorageSymbol(reference) is { } storage && visited.Add(storage):
                    foreach (var stored in await CallbackStorage.StoredValuesAsync(storage, reference, context))
                    {
                        pending.Push(stored);
                    }
                    break;
            }
        }
        return creations
            .Where(c => c.Constructor is { } ctor && SymbolNames.Qualified(ctor.ContainingType) == match.Type)
            .SelectMany(c => c.Arguments.Where(a => a.Parameter?.Name == match.Parameter && Names(a.Value, match)).Select(a => (c, a)))
            .ToArray();
    }

    /// <summary>Whether a constant argument is one of the values: a string, or the name of the enum member it holds.</summary>
    private static bool Names(IOperation value, InstanceCallMatch match)
    {
        if (value.ConstantValue is not { HasValue: true, Value: { } constant })
        {
            return false;
        }
        var names = constant is string text
            ? [text]
            : (value.Type as INamedTypeSymbol)?.EnumUnderlyingType is not null
                ? value.Type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue && Equals(f.ConstantValue, constant)).Select(f => f.Name)
                : [];
        return names.Any(n => match.Values.Contains(n, StringComparer.OrdinalIgnoreCase));
    }

    private static string Holder(IOperation instance) => instance switch
    {
        ILocalReferenceOperation local => $"the variable {MarkdownInline.Code(local.Local.Name)}",
        IFieldReferenceOperation field => CodeText.Quote(field.Field),
        IPropertyReferenceOperation property => CodeText.Quote(property.Property),
        _ => "a new instance",
    };

    private static IOperation Unwrapped(IOperation value) => value switch
    {
        IConversionOperation conversion => Unwrapped(conversion.Operand),
        IParenthesizedOperation parenthesized => Unwrapped(parenthesized.Operand),
        _ => value,
    };
}
