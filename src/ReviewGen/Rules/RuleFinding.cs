using Microsoft.CodeAnalysis;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>A defect a rule found, with the message already written from the rule's template.</summary>
/// <param name="Syntax">The flagged code; its lines are the finding's lines.</param>
/// <param name="TargetFrameworks">The target frameworks whose compilation holds the finding.</param>
public sealed record RuleFinding(
    RuleDefinition Rule,
    AnalyzedDocument Document,
    SyntaxNode Syntax,
    string Member,
    string Message,
    IReadOnlyList<RelatedSpan> Related,
    IReadOnlyList<string> TargetFrameworks)
{
    public FileLinePositionSpan Lines => Syntax.GetLocation().GetLineSpan();

    public int StartLine => Lines.StartLinePosition.Line + 1;

    public int EndLine => Lines.EndLinePosition.Line + 1;
}

/// <summary>Another place that explains a finding, such as the body of a callback defined elsewhere.</summary>
public sealed record RelatedSpan(string Path, int StartLine, int EndLine, string Description);
