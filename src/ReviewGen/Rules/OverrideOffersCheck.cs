using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
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
            var implemented = member.Symbol switch
            {
                IMethodSymbol method => ImplementedMembers.NamesOf(method),
                IPropertySymbol property => ImplementedMembers.NamesOf(property),
                _ => null,
            };
            if (implemented is null)
            {
                continue;
            }
            var hook = member.Symbol!;
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
                    output.Finding(defective[0].At.Syntax, member.DisplayName, Values(CodeText.Quote(hook), defects.Select(d => d.Name)), Related(defects, context));
                }
                else if (complete && offered.Length > 0)
                {
                    output.Sound(returns[0].At.Syntax, Values(CodeText.Quote(hook), offered.Select(o => o.Name)));
                }
            }
        }
        foreach (var match in rule.Match.OverrideOffers.Where(m => m.Defaults.Count > 0))
        {
            KeptDefaults(match, document, output);
        }
    }

    /// <summary>
    /// Peer classes declared here that keep a library hook, and library peers created here: they offer what the
    /// library does. A class is judged where its base type is named, once (the first part of a partial class). Classes
    /// in the library's own namespace are the library (its source vendored into the solution): judged where created.
    /// </summary>
    private static void KeptDefaults(OverrideOffersMatch match, AnalyzedDocument document, CheckOutput output)
    {
        var libraries = match.Defaults.Keys.Select(hook => hook[..hook.LastIndexOf('.', hook.LastIndexOf('.') - 1)]).ToHashSet(StringComparer.Ordinal);
        bool IsLibrary(INamedTypeSymbol type) =>
            !type.Locations.Any(l => l.IsInSource) || libraries.Contains(type.ContainingNamespace.ToDisplayString());
        var root = document.Model.SyntaxTree.GetRoot();
        foreach (var declaration in root.DescendantNodes().OfType<ClassDeclarationSyntax>())
        {
            if (declaration.BaseList?.Types.FirstOrDefault() is { } baseType
                && document.Model.GetDeclaredSymbol(declaration) is INamedTypeSymbol { IsAbstract: false } type
                && !IsLibrary(type)
                && type.DeclaringSyntaxReferences[0].GetSyntax() == declaration
                && Kept(match, type) is { Count: > 0 } kept)
            {
                Judge(match, kept, $"{CodeText.Quote(type)}, which keeps the library's", baseType, type.Name, output);
            }
        }
        foreach (var member in document.Members)
        {
            foreach (var creation in member.Operation.Descendants().OfType<IObjectCreationOperation>())
            {
                if (creation.Type is INamedTypeSymbol { IsAbstract: false } created && IsLibrary(created)
                    && Kept(match, created) is { Count: > 0 } kept)
                {
                    Judge(match, kept, $"The {CodeText.Quote(created)} created here, which keeps the library's", creation.Syntax, member.DisplayName, output);
                }
            }
        }
    }

    private static void Judge(OverrideOffersMatch match, IReadOnlyList<string> hooks, string keeper, SyntaxNode at, string member, CheckOutput output)
    {
        var constants = hooks.SelectMany(h => match.Defaults[h]).Distinct(StringComparer.Ordinal).ToArray();
        var defects = constants.Where(match.Names).ToArray();
        var method = $"{keeper} {string.Join(" and ", hooks.Select(h => MarkdownInline.Code(h[(h.LastIndexOf('.', h.LastIndexOf('.') - 1) + 1)..])))},";
        if (match.Only ? defects.Length == constants.Length : defects.Length > 0)
        {
            output.Finding(at, member, Values(method, defects));
        }
        else
        {
            output.Sound(at, Values(method, constants));
        }
    }

    /// <summary>The hooks with a default that <paramref name="type"/> inherits from the library without an override on the way.</summary>
    private static IReadOnlyList<string> Kept(OverrideOffersMatch match, INamedTypeSymbol type) => match.Defaults.Keys
        .Where(hook => KeptHooks.Keeps(type, hook))
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static Dictionary<string, string> Values(string method, IEnumerable<string> constants) => new()
    {
        ["method"] = method,
        ["value"] = string.Join(", ", constants.Select(MarkdownInline.Code)),
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
