using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>
/// Data check: an override or implementation of a library hook that is given something to judge (BouncyCastle's
/// <c>NotifyServerCertificate</c>) and neither reads it nor throws, so everything passes. Where the hook refuses by
/// returning a value (<c>GetPsk</c> returning null), a return of that value refuses like a throw. The finding stands
/// on the method's signature. Placeholders: {method}, {parameter}.
/// </summary>
public sealed class OverrideIgnoresCheck : IRuleCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.OverrideIgnores.Count > 0;

    public Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var member in document.Members)
        {
            if (member.Symbol is not IMethodSymbol method || member.Declaration is not Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax declaration)
            {
                continue;
            }
            var implemented = ImplementedMembers.Of(method).ToArray();
            var names = implemented.Select(SymbolNames.Qualified).ToHashSet(StringComparer.Ordinal);
            foreach (var match in rule.Match.OverrideIgnores.Where(m => names.Contains(m.Method)))
            {
                // An override may rename the parameter: find it by the library member's name at the same position.
                var parameter = method.Parameters.FirstOrDefault(p => p.Name == match.Parameter)
                    ?? method.Parameters.FirstOrDefault(p => implemented.Any(i => i.Parameters.Length > p.Ordinal && i.Parameters[p.Ordinal].Name == match.Parameter));
                var operations = member.Operation.Descendants().ToArray();
                var reads = parameter is not null && operations.OfType<IParameterReferenceOperation>().Any(r => SymbolEqualityComparer.Default.Equals(r.Parameter, parameter));
                if (!reads && !operations.Any(o => o is IThrowOperation || Refuses(o, match)))
                {
                    output.Finding(declaration.ParameterList, member.DisplayName, new Dictionary<string, string>
                    {
                        ["method"] = CodeText.Quote(method),
                        ["parameter"] = Text.MarkdownInline.Code(parameter?.Name ?? match.Parameter),
                    });
                }
            }
        }
        return Task.CompletedTask;
    }

    private static bool Refuses(IOperation operation, OverrideIgnoresMatch match) =>
        match.Rejects && operation is IReturnOperation { ReturnedValue.ConstantValue: { HasValue: true } returned } && RuleConstant.Matches(match.RejectValue, returned.Value);
}
