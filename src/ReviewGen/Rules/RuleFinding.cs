namespace ReviewGen.Rules;

/// <summary>A defect a rule found, with the message already written from the rule's template.</summary>
/// <param name="Member">The member (or configuration key) that holds the flagged code, by its code name.</param>
/// <param name="TargetFrameworks">The target frameworks whose compilation holds the finding.</param>
public sealed record RuleFinding(
    RuleDefinition Rule,
    FindingPlace Place,
    string Member,
    string Message,
    IReadOnlyList<RelatedSpan> Related,
    IReadOnlyList<string> TargetFrameworks)
{
    public string Path => Place.Path;

    public int StartLine => Place.StartLine;

    public int EndLine => Place.EndLine;
}

/// <summary>Another place that explains a finding, such as the body of a callback defined elsewhere.</summary>
public sealed record RelatedSpan(string Path, int StartLine, int EndLine, string Description);
