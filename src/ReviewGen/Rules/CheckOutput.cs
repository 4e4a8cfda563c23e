using Microsoft.CodeAnalysis;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>What the code checks of one rule report for one C# document, at the lines of the code they point at.</summary>
public sealed class CheckOutput(RuleDefinition rule, AnalyzedDocument document) : RuleOutput(rule, document.Path)
{
    /// <param name="scope">A sentence the rule's data adds for this match: which TLS stacks the setting governs.</param>
    public void Finding(SyntaxNode syntax, string member, IReadOnlyDictionary<string, string> values, IReadOnlyList<RelatedSpan>? related = null, string? scope = null) =>
        AddFinding(FindingPlace.InCode(document, syntax, member), member, values, related ?? [], document.TargetFrameworks, scope);

    public void Sound(SyntaxNode syntax, IReadOnlyDictionary<string, string> values)
    {
        var (start, end) = Lines(syntax);
        AddSound(start, end, values);
    }

    /// <summary>An observation the check words itself (a setting left to its runtime default), tied to the lines of <paramref name="syntax"/>.</summary>
    public void Observation(SyntaxNode syntax, string text)
    {
        var (start, end) = Lines(syntax);
        AddObservation(start, end, text);
    }

    private static (int Start, int End) Lines(SyntaxNode syntax)
    {
        var span = syntax.GetLocation().GetLineSpan();
        return (span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1);
    }
}
