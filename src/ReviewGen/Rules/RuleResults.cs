namespace ReviewGen.Rules;

/// <summary>The output of the rule stage: findings (one per place, targets merged) and sound observations.</summary>
public sealed record RuleResults(RuleCatalog Catalog, IReadOnlyList<RuleFinding> Findings, IReadOnlyList<RuleObservation> Observations);
