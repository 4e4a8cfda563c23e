using ReviewGen.Discovery.Configuration;

namespace ReviewGen.Rules;

/// <summary>
/// Data check: a listed key of a configuration file holding a listed value (a Kestrel endpoint's <c>SslProtocols</c>
/// with <c>Tls11</c>, <c>checkCertificateRevocationList="false"</c>); the same key with another value is sound. The
/// items of an array are judged together, once, where the first bad one is. An entry with meanings states what the
/// value does instead. Placeholders: {target}, {value}, {file}.
/// </summary>
public sealed class ConfigValueCheck : IConfigurationCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.ConfigValues.Count > 0;

    public void Run(RuleDefinition rule, ConfigurationFile file, ConfigurationOutput output)
    {
        foreach (var match in rule.Match.ConfigValues.Where(m => m.Covers(file.FileName)))
        {
            foreach (var setting in file.Settings.Where(s => match.Names(s.Key)).GroupBy(Owner, StringComparer.OrdinalIgnoreCase))
            {
                var items = setting.ToArray();
                var values = output.Values(Owner(items[0]), items.Select(i => i.Value));
                if (match.Meanings.Count > 0)
                {
                    if (match.Meanings.TryGetValue(items[0].Value.Trim(), out var meaning))
                    {
                        output.Observation(items[0], $"{values["target"]} is {values["value"]}: {meaning}.");
                    }
                }
                else if (items.FirstOrDefault(i => match.IsDefect(i.Value)) is { } bad)
                {
                    output.Finding(bad, values, Owner(bad));
                }
                else
                {
                    output.Sound(items[0], values);
                }
            }
        }
    }

    /// <summary>The key an array item belongs to: <c>SslProtocols:0</c> is part of <c>SslProtocols</c>.</summary>
    private static string Owner(ConfigurationSetting setting)
    {
        var last = setting.Key.LastIndexOf(':');
        return last > 0 && int.TryParse(setting.Key[(last + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? setting.Key[..last]
            : setting.Key;
    }
}
