using Microsoft.CodeAnalysis;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>
/// Collects what checks report for one rule and one document, writing messages from the rule's templates so that
/// every check words its results the same way.
/// </summary>
public sealed class CheckOutput(RuleDefinition rule, AnalyzedDocument document)
{
    private readonly List<RuleFinding> _findings = [];
    private readonly List<RuleObservation> _observations = [];

    public IReadOnlyList<RuleFinding> Findings => _findings;

    public IReadOnlyList<RuleObservation> Observations => _observations;

    /// <param name="scope">A sentence the rule's data adds for this match: which TLS stacks the setting governs.</param>
    public void Finding(SyntaxNode syntax, string member, IReadOnlyDictionary<string, string> values, IReadOnlyList<RelatedSpan>? related = null, string? scope = null) =>
        _findings.Add(new RuleFinding(rule, FindingPlace.InCode(document, syntax, member), member,
            RuleText.Fill(rule.Message, values) + (scope is null ? "" : " " + scope), related ?? [], document.TargetFrameworks));

    public void Sound(SyntaxNode syntax, IReadOnlyDictionary<string, string> values)
    {
        if (rule.Sound is null)
        {
            return;
        }
        var span = syntax.GetLocation().GetLineSpan();
        _observations.Add(new RuleObservation(rule.Id, rule.Category, document.Path,
            span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1, RuleText.Fill(rule.Sound, values)));
    }

    /// <summary>An observation the check words itself (a setting left to its runtime default), tied to the lines of <paramref name="syntax"/>.</summary>
    public void Observation(SyntaxNode syntax, string text)
    {
        var span = syntax.GetLocation().GetLineSpan();
        _observations.Add(new RuleObservation(rule.Id, rule.Category, document.Path, span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1, RuleText.Capitalized(text)));
    }
}
