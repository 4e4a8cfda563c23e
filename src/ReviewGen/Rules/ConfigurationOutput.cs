using ReviewGen.Discovery.Configuration;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>Collects what configuration checks report for one rule and one file, worded from the rule's templates.</summary>
public sealed class ConfigurationOutput(RuleDefinition rule, ConfigurationFile file)
{
    private readonly List<RuleFinding> _findings = [];
    private readonly List<RuleObservation> _observations = [];

    public IReadOnlyList<RuleFinding> Findings => _findings;

    public IReadOnlyList<RuleObservation> Observations => _observations;

    /// <param name="key">The key the finding is about, when not the setting's own (an array item stands for its array).</param>
    public void Finding(ConfigurationSetting setting, IReadOnlyDictionary<string, string> values, string? key = null) =>
        _findings.Add(new RuleFinding(rule, FindingPlace.InConfiguration(file, setting, key ?? setting.Key), key ?? setting.Key, RuleText.Fill(rule.Message, values), [], []));

    public void Sound(ConfigurationSetting setting, IReadOnlyDictionary<string, string> values)
    {
        if (rule.Sound is not null)
        {
            _observations.Add(new RuleObservation(rule.Id, rule.Category, file.Path, setting.Line, setting.EndLine, RuleText.Fill(rule.Sound, values)));
        }
    }

    /// <summary>A statement the check words itself, about a setting that is neither defect nor sound.</summary>
    public void Observation(ConfigurationSetting setting, string text) =>
        _observations.Add(new RuleObservation(rule.Id, rule.Category, file.Path, setting.Line, setting.EndLine, RuleText.Capitalized(text)));

    /// <summary>The values every configuration message can use: the file, and the key and value of the setting.</summary>
    public Dictionary<string, string> Values(ConfigurationSetting setting) => new()
    {
        ["file"] = MarkdownInline.Code(file.Path),
        ["target"] = $"{MarkdownInline.Code(setting.Key)} in {MarkdownInline.Code(file.FileName)}",
        ["value"] = MarkdownInline.Code(setting.Value),
    };
}
