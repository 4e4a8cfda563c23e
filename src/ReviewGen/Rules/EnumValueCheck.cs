using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Data check: a constant of an enum that holds a listed member, where it is passed, assigned, initialized or
/// returned. The whole constant expression is judged once (<c>Tls | Tls12</c> is one setting), numeric casts count,
/// and a value that is compared, masked or negated (<c>&amp; ~SslProtocols.Tls</c>, a removal) is not a setting.
/// Placeholders: {target}, {value}.
/// </summary>
public sealed class EnumValueCheck : IRuleCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.EnumValues.Count > 0;

    public Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var match in rule.Match.EnumValues)
        {
            if (document.Model.Compilation.GetTypeByMetadataName(match.Type) is not { TypeKind: TypeKind.Enum } enumType)
            {
                continue;
            }
            var members = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToArray();
            var bad = members.Where(f => match.Names(f.Name)).ToArray();
            var isFlags = enumType.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute");
            foreach (var member in document.Members)
            {
                foreach (var constant in member.Operation.Descendants().Where(o => IsOutermostConstant(o, enumType)))
                {
                    if (constant.Descendants().Any(o => o is IUnaryOperation { OperatorKind: UnaryOperatorKind.BitwiseNegation })
                        || ValueTarget.Describe(constant, member.DisplayName) is not { } target)
                    {
                        continue;
                    }
                    var value = Bits(constant.ConstantValue.Value!);
                    var present = bad.Where(f => isFlags ? Bits(f.ConstantValue!) != 0 && (value & Bits(f.ConstantValue!)) == Bits(f.ConstantValue!) : value == Bits(f.ConstantValue!))
                        .Select(f => f.Name).ToArray();
                    var values = new Dictionary<string, string> { ["target"] = target, ["value"] = Describe(constant, present) };
                    var pin = present.Any(match.UnlessPinned.Contains) ? CertificatePins.First(member.Operation) : null;
                    var defects = pin is null ? present : present.Where(name => !match.UnlessPinned.Contains(name)).ToArray();
                    if (defects.Length > 0)
                    {
                        if (match.Effects.Count > 0)
                        {
                            values["effect"] = EnglishList.Join(Widest(defects, bad).Select(name => match.Effects[name]).Distinct(StringComparer.Ordinal).ToArray());
                        }
                        output.Finding(constant.Syntax, member.DisplayName, values, scope: match.Scope);
                    }
                    else
                    {
                        if (pin is not null)
                        {
                            values["value"] += $", but {member.DisplayName} identifies the certificate by its {MarkdownInline.Code(CertificatePins.Member(pin)!.Name)} at line {CallbackScrutiny.LineOf(pin)}";
                        }
                        output.Sound(constant.Syntax, values);
                    }
                }
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>The members not already covered by a wider one present (<c>AllFlags</c> says it all).</summary>
    private static IEnumerable<string> Widest(IReadOnlyList<string> present, IReadOnlyList<IFieldSymbol> members)
    {
        var bits = present.ToDictionary(name => name, name => Bits(members.First(m => m.Name == name).ConstantValue!), StringComparer.Ordinal);
        return present.Where(name => !bits.Any(other => other.Key != name && other.Value != bits[name] && (other.Value & bits[name]) == bits[name]));
    }

    private static bool IsOutermostConstant(IOperation operation, INamedTypeSymbol enumType) =>
        operation.ConstantValue.HasValue
        && SymbolEqualityComparer.Default.Equals(operation.Type, enumType)
        && !(operation.Parent is { ConstantValue.HasValue: true } parent && SymbolEqualityComparer.Default.Equals(parent.Type, enumType));

    /// <summary>The code as written; when it does not name the deprecated members (a numeric cast), they are named after it.</summary>
    private static string Describe(IOperation constant, IReadOnlyList<string> present)
    {
        var written = CodeText.Quote(constant.Syntax);
        var unnamed = present.Where(name => !constant.Syntax.DescendantTokens().Any(t => t.ValueText == name)).ToArray();
        return unnamed.Length == 0 ? written : $"{written} (which is {string.Join(", ", unnamed.Select(MarkdownInline.Code))})";
    }

    private static ulong Bits(object value) => unchecked(value switch
    {
        ulong u => u,
        long l => (ulong)l,
        _ => (ulong)Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
    });
}
