using Microsoft.CodeAnalysis;
using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Data check: an override of a library hook that returns what the peer offers (BouncyCastle's
/// <c>GetSupportedCipherSuites</c>, <c>GetSupportedVersions</c>, <c>GetPskKeyExchangeModes</c>) whose returned values
/// hold a listed constant, or, for an "only" rule, hold nothing else on some return. The finding stands on the first
/// such return and names every listed constant offered; an override that offers none, and could be followed to the end, is sound.
/// Placeholders: {method}, {value}.
/// </summary>
public sealed class OverrideOffersCheck : IRuleCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.OverrideOffers.Count > 0;

    public async Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var member in document.Members)
        {
            if (member.Symbol is not IMethodSymbol method)
            {
                continue;
            }
            var implemented = ImplementedMembers.NamesOf(method);
            foreach (var match in rule.Match.OverrideOffers.Where(m => m.Methods.Any(implemented.Contains)))
            {
                var returns = new List<(IOperation At, OfferedConstants Offered)>();
                foreach (var @return in CallbackBody.Of(member.Operation).Returns.OrderBy(r => r.Syntax.SpanStart))
                {
                    returns.Add((@return, await OfferedConstants.OfAsync(@return.ReturnedValue!, member.Operation, match, context)));
                }
                var complete = returns.Count > 0 && returns.All(r => r.Offered.Complete);
                var offered = returns.SelectMany(r => r.Offered.Constants).DistinctBy(c => c.Name).ToArray();
                // "Only" is judged per return: a path that offers nothing but the listed constants is the defect.
                var defective = returns.Where(r => match.Only
                    ? r.Offered.Complete && r.Offered.Constants.Count > 0 && r.Offered.Constants.All(c => match.Names(c.Name))
                    : r.Offered.Constants.Any(c => match.Names(c.Name))).ToArray();
                if (defective.Length > 0)
                {
                    var defects = defective.SelectMany(r => r.Offered.Constants).Where(c => match.Names(c.Name)).DistinctBy(c => c.Name).ToArray();
                    output.Finding(defective[0].At.Syntax, member.DisplayName, Values(method, defects), Related(defects, context));
                }
                else if (complete && offered.Length > 0)
                {
                    output.Sound(returns[0].At.Syntax, Values(method, offered));
                }
            }
        }
    }

    private static Dictionary<string, string> Values(IMethodSymbol method, IEnumerable<OfferedConstants.Offered> constants) => new()
    {
        ["method"] = CodeText.Quote(method),
        ["value"] = string.Join(", ", constants.Select(c => MarkdownInline.Code(c.Name))),
    };

    /// <summary>The fields and properties, declared apart from the hook, that hold the constants found.</summary>
    private static IReadOnlyList<RelatedSpan> Related(IEnumerable<OfferedConstants.Offered> defects, RuleContext context) =>
        defects.Select(d => d.WrittenIn).OfType<OfferedConstants.Declaration>()
            .DistinctBy(d => (d.Syntax.SyntaxTree.FilePath, d.Syntax.SpanStart))
            .Select(declaration =>
            {
                var lines = declaration.Syntax.GetLocation().GetLineSpan();
                return new RelatedSpan(context.RelativePath(lines.Path), lines.StartLinePosition.Line + 1, lines.EndLinePosition.Line + 1,
                    $"listed in {declaration.Name}");
            })
            .ToArray();
}
