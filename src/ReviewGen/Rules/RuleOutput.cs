namespace ReviewGen.Rules;

/// <summary>
/// What the checks of one rule report for one file, C# or configuration, worded from the rule's templates so that
/// every check words its results the same way.
/// </summary>
public abstract class RuleOutput(RuleDefinition rule, string path)
{
    private readonly List<RuleFinding> _findings = [];
    private readonly List<RuleObservation> _observations = [];

    public IReadOnlyList<RuleFinding> Findings => _findings;

    public IReadOnlyList<RuleObservation> Observations => _observations;

    protected void AddFinding(FindingPlace place, string member, IReadOnlyDictionary<string, string> values, IReadOnlyList<RelatedSpan> related,
        IReadOnlyList<string> targetFrameworks, string? scope) =>
        _findings.Add(new RuleFinding(rule, place, member, RuleText.Fill(rule.Message, values) + (scope is null ? "" : " " + scope), related, targetFrameworks));

    /// <summary>A place the rule judged sound, in the rule's own words; nothing when the rule has none.</summary>
    protected void AddSound(int startLine, int endLine, IReadOnlyDictionary<string, string> values)
    {
        if (rule.Sound is not null)
        {
            _observations.Add(new RuleObservation(rule.Id, rule.Category, path, startLine, endLine, RuleText.Fill(rule.Sound, values)));
        }
    }

    /// <summary>A statement the check words itself (a setting left to its default), neither defect nor sound.</summary>
    protected void AddObservation(int startLine, int endLine, string text) =>
        _observations.Add(new RuleObservation(rule.Id, rule.Category, path, startLine, endLine, RuleText.Capitalized(text)));
}
