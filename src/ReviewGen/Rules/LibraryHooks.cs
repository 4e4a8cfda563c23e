using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// The override form of <c>settingDefaults</c>: a virtual library hook (BouncyCastle's <c>GetCertificateStatusRequest</c>)
/// is a setting whose default is the library's own implementation. A class that keeps the hook (<see cref="KeptHooks"/>)
/// leaves it to that default; an override
/// that returns one constant on every path and never throws gives it that constant. Both are stated, never flagged.
/// </summary>
public static class LibraryHooks
{
    public static void Describe(SettingDefaultsMatch match, AnalyzedDocument document, CheckOutput output)
    {
        var name = match.Override!;
        var hookType = name[..name.LastIndexOf('.')];
        foreach (var declaration in document.Model.SyntaxTree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
        {
            if (declaration.BaseList is { } bases && document.Model.GetDeclaredSymbol(declaration) is INamedTypeSymbol { IsAbstract: false } type
                && KeptHooks.Keeps(type, name) && Hook(type, hookType, name) is { } hook)
            {
                var value = string.Join("; or ", match.Defaults.Select(d => Default(match, d.Value)));
                output.Observation(bases, $"{MarkdownInline.Code(type.Name)} never overrides {CodeText.Quote(hook)}, so the library's default applies: {value}.");
            }
        }
        foreach (var member in document.Members)
        {
            if (member.Symbol is not IMethodSymbol method || !ImplementedMembers.NamesOf(method).Contains(name))
            {
                continue;
            }
            var body = CallbackBody.Of(member.Operation);
            var meanings = body.Returns.Select(r => r.ReturnedValue is { } returned ? SettingDefaultsCheck.Meaning(match, returned) : null).Distinct().ToArray();
            if (body.Returns.Count > 0 && body.Throws.Count == 0 && meanings is [{ } meaning])
            {
                var first = body.Returns.OrderBy(r => r.Syntax.SpanStart).First();
                output.Observation(first.Syntax, $"{CodeText.Quote(method)} returns {CodeText.Quote(first.ReturnedValue!.Syntax)}: {meaning}.");
            }
        }
    }

    /// <summary>The library's hook when <paramref name="type"/> derives from the type that declares it; else null.</summary>
    private static IMethodSymbol? Hook(INamedTypeSymbol type, string hookType, string hook)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolNames.Qualified(current) == hookType)
            {
                return current.GetMembers(hook[(hook.LastIndexOf('.') + 1)..]).OfType<IMethodSymbol>().FirstOrDefault();
            }
        }
        return null;
    }

    /// <summary>What the library's own hook does, in the rule's words where it has them: the value it returns is an object, not a constant.</summary>
    private static string Default(SettingDefaultsMatch match, string value) =>
        match.Meanings.TryGetValue(value, out var meaning) ? meaning : $"it returns {MarkdownInline.Code(value)}";
}
