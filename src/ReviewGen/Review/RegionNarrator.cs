using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;
using ReviewGen.Rules;
using ReviewGen.Text;

namespace ReviewGen.Review;

/// <summary>
/// States what the code of a region does, from its uses: "`Client.Connect` creates `SslStream` and calls
/// `SslStream.AuthenticateAsClientAsync`." Every word comes from the symbols bound there; the location travels
/// beside the text, for renderers to place. Incidental uses (plain I/O, base-constructor calls, the project's own
/// members) are left out, unless nothing else is there to say.
/// </summary>
public static class RegionNarrator
{
    private const int MostNamesPerVerb = 5;

    /// <summary>Longer argument code is described, not quoted: a sentence is no place for a whole expression.</summary>
    private const int LongestQuotedArgument = 60;

    private static readonly IReadOnlyList<(UseKind Kind, string Verb)> Verbs =
    [
        (UseKind.Overrides, "overrides"),
        (UseKind.ValidatesInCallback, "is a validation callback (it takes"),
        (UseKind.Creates, "creates"),
        (UseKind.InstallsCallback, "installs a callback taking"),
        (UseKind.Calls, "calls"),
        (UseKind.Sets, "sets"),
        (UseKind.Passes, "passes"),
        (UseKind.Reads, "reads"),
        (UseKind.Uses, "uses"),
        (UseKind.Catches, "catches"),
    ];

    /// <summary>A region has something to tell when one of its uses decides something about TLS.</summary>
    public static bool IsTelling(TlsRegion region) => region.Uses.Any(u => !u.Incidental);

    public static Observation Describe(TlsRegion region)
    {
        var told = IsTelling(region) ? region.Uses.Where(u => !u.Incidental).ToArray() : region.Uses;
        // A constant quoted as the value of an argument is not worth a second clause ("and uses `SslProtocols.Tls12`").
        var quoted = told.Where(u => u.Kind == UseKind.Passes && Value(u) is not null).Select(u => u.Syntax.Span).ToArray();
        told = told.Where(u => u.Kind != UseKind.Uses || !quoted.Any(span => span.Contains(u.Syntax.Span))).ToArray();
        var clauses = new List<string>();
        foreach (var (kind, verb) in Verbs)
        {
            var names = told.Where(u => u.Kind == kind).Select(Name).Distinct(StringComparer.Ordinal).ToArray();
            if (names.Length == 0)
            {
                continue;
            }
            var shown = names.Take(MostNamesPerVerb).ToList();
            if (names.Length > MostNamesPerVerb)
            {
                shown.Add($"{names.Length - MostNamesPerVerb} more");
            }
            var list = EnglishList.Join(shown);
            clauses.Add(kind == UseKind.ValidatesInCallback ? $"{verb} {list})" : $"{verb} {list}");
        }
        // Empty for a single-target project. A region of a multi-targeted project names its targets even when there
        // is one: code under #if that only one target compiles must not read like code that every target has.
        var targets = region.TargetFrameworks.Count > 0 ? $" (in {string.Join(", ", region.TargetFrameworks)})" : "";
        var text = Capitalized($"{region.Uses[0].Member.Phrase}{targets} {EnglishList.Join(clauses)}.");
        return new Observation(text, new SourceLocation(region.Path, region.StartLine, region.EndLine));
    }

    /// <summary>
    /// "`SslStream.AuthenticateAsClient`", or for an argument what is passed, as what, to what: "`AcceptCertificate`
    /// as `userCertificateValidationCallback` to the `SslStream` constructor".
    /// </summary>
    private static string Name(TlsSymbolUse use)
    {
        if (use is not { Kind: UseKind.Passes, Operation: IArgumentOperation { Parameter: { } parameter } argument })
        {
            return MarkdownInline.Code(use.DisplayName);
        }
        var value = Value(use);
        return value == parameter.Name
            ? $"{MarkdownInline.Code(value)} on to {ValueTarget.Callee(argument)}"
            : $"{(value is null ? "an expression" : MarkdownInline.Code(value))} as {MarkdownInline.Code(parameter.Name)} to {ValueTarget.Callee(argument)}";
    }

    /// <summary>The argument's code when it is short enough to quote; a delegate is quoted as the method it wraps.</summary>
    private static string? Value(TlsSymbolUse use)
    {
        if (use.Operation is not IArgumentOperation argument)
        {
            return null;
        }
        var value = argument.Value;
        while (value is IConversionOperation { Operand: var operand })
        {
            value = operand;
        }
        var code = CodeText.Fold(value switch
        {
            IDelegateCreationOperation { Target: IMethodReferenceOperation method } => method.Syntax.ToString(),
            _ => value.Syntax.ToString(),
        });
        return code.Length <= LongestQuotedArgument ? code : null;
    }

    private static string Capitalized(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
