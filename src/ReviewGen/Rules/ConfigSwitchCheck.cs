using ReviewGen.Discovery.Configuration;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Data check: an <c>AppContext</c> switch set by configuration (<see cref="ConfiguredSwitch"/>) to the listed value;
/// the same switch set otherwise is sound. Placeholders: {call}.
/// </summary>
public sealed class ConfigSwitchCheck : IConfigurationCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.ConfigSwitches.Count > 0;

    public void Run(RuleDefinition rule, ConfigurationFile file, ConfigurationOutput output)
    {
        foreach (var configured in ConfiguredSwitch.In(file))
        {
            foreach (var match in rule.Match.ConfigSwitches.Where(m => m.Names.Contains(configured.Name, StringComparer.Ordinal)))
            {
                var values = new Dictionary<string, string>
                {
                    ["call"] = $"{MarkdownInline.Code(configured.Written)} in the {MarkdownInline.Code(configured.Where)} of {MarkdownInline.Code(file.FileName)}",
                };
                if (string.Equals(configured.Value, match.Value, StringComparison.OrdinalIgnoreCase))
                {
                    output.Finding(configured.Setting, values);
                }
                else
                {
                    output.Sound(configured.Setting, values);
                }
            }
        }
    }
}
