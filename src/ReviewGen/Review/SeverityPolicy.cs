using ReviewGen.Catalog;
using ReviewGen.Discovery;
using ReviewGen.Rules;
using ReviewGen.Settings;

namespace ReviewGen.Review;

/// <summary>
/// The severity each finding is reported with. reviewgen.json's setting for the rule has already replaced the
/// rule's own (a rule it turns off never ran); where it has none, the .editorconfig files covering the finding's file
/// decide, as they would for a compiler diagnostic. With <c>testCode: separate</c>, a finding in test or sample code
/// is then one severity lower, never below info.
/// </summary>
internal sealed class SeverityPolicy(ReviewSettings settings, EditorConfigSeverities editorConfig, Func<string, string> absolutePath, DiscoveryResult discovery)
{
    private readonly Dictionary<(string RuleId, string Setting), int> applied = [];

    /// <summary>What .editorconfig settings did, by rule and setting, sorted.</summary>
    public IReadOnlyList<EditorConfigOverride> EditorConfigOverrides =>
        applied.Select(a => new EditorConfigOverride(a.Key.RuleId, a.Key.Setting, a.Value))
            .OrderBy(o => o.RuleId, StringComparer.Ordinal).ThenBy(o => o.Setting, StringComparer.Ordinal)
            .ToArray();

    /// <returns>The findings still reported, in the order given: each as the rules found it and as it is reported, its rule carrying the severity it is reported with.</returns>
    public IReadOnlyList<(RuleFinding Found, RuleFinding Reported)> Apply(IReadOnlyList<RuleFinding> findings)
    {
        var kept = new List<(RuleFinding, RuleFinding)>(findings.Count);
        foreach (var finding in findings)
        {
            var severity = finding.Rule.Severity;
            if (!settings.Rules.ContainsKey(finding.Rule.Id) && editorConfig.For(absolutePath(finding.Path), finding.Rule.Id) is { } setting)
            {
                var key = (finding.Rule.Id, setting.Severity?.MachineName() ?? "off");
                applied[key] = applied.GetValueOrDefault(key) + 1;
                if (setting.Severity is not { } configured)
                    continue;
                severity = configured;
            }
            if (settings.TestCode == TestCodeMode.Separate && discovery.KindOf(finding.Path) != CodeKind.Production && severity > Severity.Info)
            {
                severity--;
            }
            kept.Add((finding, severity == finding.Rule.Severity ? finding : finding with { Rule = finding.Rule with { Severity = severity } }));
        }
        return kept;
    }
}
