namespace ReviewGen.Discovery.Configuration;

/// <summary>
/// An <c>AppContext</c> switch set by configuration rather than by code: an <c>AppContextSwitchOverrides</c> entry of
/// an <c>app.config</c> or <c>web.config</c>, a <c>RuntimeHostConfigurationOption</c> item of the project file, or a
/// <c>configProperties</c> entry of <c>runtimeconfig.template.json</c>.
/// </summary>
/// <param name="Written">The setting as the file writes it, for messages: <c>Switch.X=true</c>.</param>
/// <param name="Where">What holds it, for messages: <c>AppContextSwitchOverrides</c>.</param>
public sealed record ConfiguredSwitch(string Name, string Value, string Written, string Where, ConfigurationSetting Setting)
{
    private const string Overrides = "configuration/runtime/AppContextSwitchOverrides/@value";
    private const string HostOption = "Project/ItemGroup/RuntimeHostConfigurationOption/@";
    private const string ConfigProperties = "configProperties:";

    public static IEnumerable<ConfiguredSwitch> In(ConfigurationFile file)
    {
        foreach (var setting in file.Settings)
        {
            if (file.Format == ConfigurationFormat.Xml && string.Equals(setting.Key, Overrides, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var entry in setting.Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var (name, value) = entry.Split('=', 2, StringSplitOptions.TrimEntries) is [var n, var v] ? (n, v) : (entry, "");
                    yield return new ConfiguredSwitch(name, value, entry, "AppContextSwitchOverrides", setting);
                }
            }
            else if (file.Format == ConfigurationFormat.Project && string.Equals(setting.Key, HostOption + "Include", StringComparison.OrdinalIgnoreCase))
            {
                var value = file.Settings.FirstOrDefault(s => s.Element == setting.Element && string.Equals(s.Key, HostOption + "Value", StringComparison.OrdinalIgnoreCase));
                if (value is not null)
                {
                    yield return new ConfiguredSwitch(setting.Value, value.Value, $"{setting.Value}={value.Value}", "RuntimeHostConfigurationOption", setting);
                }
            }
            else if (file.Format == ConfigurationFormat.Json && file.FileName.Equals("runtimeconfig.template.json", StringComparison.OrdinalIgnoreCase)
                     && setting.Key.StartsWith(ConfigProperties, StringComparison.OrdinalIgnoreCase))
            {
                var name = setting.Key[ConfigProperties.Length..];
                yield return new ConfiguredSwitch(name, setting.Value, $"\"{name}\": {setting.Value}", "configProperties", setting);
            }
        }
    }
}
