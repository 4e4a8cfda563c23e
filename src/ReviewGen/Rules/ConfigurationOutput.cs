using ReviewGen.Discovery.Configuration;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>What the configuration checks of one rule report for one configuration file, at the lines of its settings.</summary>
public sealed class ConfigurationOutput(RuleDefinition rule, ConfigurationFile file) : RuleOutput(rule, file.Path)
{
    /// <param name="key">The key the finding is about, when not the setting's own (an array item stands for its array).</param>
    public void Finding(ConfigurationSetting setting, IReadOnlyDictionary<string, string> values, string? key = null) =>
        AddFinding(FindingPlace.InConfiguration(file, setting, key ?? setting.Key), key ?? setting.Key, values, [], [], null);

    public void Sound(ConfigurationSetting setting, IReadOnlyDictionary<string, string> values) => AddSound(setting.Line, setting.EndLine, values);

    /// <summary>A statement the check words itself, about a setting that is neither defect nor sound.</summary>
    public void Observation(ConfigurationSetting setting, string text) => AddObservation(setting.Line, setting.EndLine, text);

    /// <summary>The values every configuration message can use: the file, the key, and the value or values it holds.</summary>
    public Dictionary<string, string> Values(string key, IEnumerable<string> values) => new()
    {
        ["file"] = MarkdownInline.Code(file.Path),
        ["target"] = $"{MarkdownInline.Code(key)} in {MarkdownInline.Code(file.FileName)}",
        ["value"] = string.Join(", ", values.Select(MarkdownInline.Code)),
    };
}
