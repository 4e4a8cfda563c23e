using System.Data.Common;

namespace ReviewGen.Discovery.Configuration;

/// <summary>
/// A connection string written in a configuration file (<c>ConnectionStrings:Name</c> in <c>appsettings.json</c>, an
/// <c>&lt;add connectionString="…"&gt;</c> of a <c>.config</c> file), and its keywords. Keywords are compared the
/// way the providers compare them: ignoring case and spaces (<c>Trust Server Certificate</c> is <c>TrustServerCertificate</c>).
/// </summary>
/// <param name="Name">The name it is known by: the configuration key's last part, or the <c>name</c> of the <c>add</c> element.</param>
public sealed record ConnectionString(string Name, string Text, ConfigurationSetting Setting)
{
    private const string JsonSection = "ConnectionStrings:";
    private const string XmlValue = "configuration/connectionStrings/add/@connectionString";
    private const string XmlName = "configuration/connectionStrings/add/@name";

    public static IEnumerable<ConnectionString> In(ConfigurationFile file)
    {
        foreach (var setting in file.Settings)
        {
            if (file.Format == ConfigurationFormat.Json && setting.Key.StartsWith(JsonSection, StringComparison.OrdinalIgnoreCase)
                && setting.Key.IndexOf(':', JsonSection.Length) < 0)
            {
                yield return new ConnectionString(setting.Key[JsonSection.Length..], setting.Value, setting);
            }
            else if (file.Format == ConfigurationFormat.Xml && string.Equals(setting.Key, XmlValue, StringComparison.OrdinalIgnoreCase))
            {
                var name = file.Settings.FirstOrDefault(s => s.Element == setting.Element && string.Equals(s.Key, XmlName, StringComparison.OrdinalIgnoreCase));
                yield return new ConnectionString(name?.Value ?? "", setting.Value, setting);
            }
        }
    }

    /// <summary>The keywords and values, as the ADO.NET parser reads <c>;</c>-separated strings, or split on another separator (<c>,</c> for Redis).</summary>
    public IReadOnlyList<(string Keyword, string Value)> Keywords(char separator) => Parse(Text, separator);

    /// <summary>The keywords and values of a connection string however it was found: in a file, or as a constant in code.</summary>
    public static IReadOnlyList<(string Keyword, string Value)> Parse(string text, char separator)
    {
        if (separator == ';')
        {
            try
            {
                var builder = new DbConnectionStringBuilder { ConnectionString = text };
                return builder.Keys.Cast<string>().Select(k => (AsWritten(text, k), Convert.ToString(builder[k], System.Globalization.CultureInfo.InvariantCulture) ?? "")).ToArray();
            }
            catch (ArgumentException)
            {
                return [];
            }
        }
        return text.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(pair => pair.Length == 2)
            .Select(pair => (pair[0], pair[1]))
            .ToArray();
    }

    /// <summary>The parser lowers keywords; the review quotes them as the file writes them.</summary>
    private static string AsWritten(string text, string keyword) =>
        text.IndexOf(keyword, StringComparison.OrdinalIgnoreCase) is var at and >= 0 ? text.Substring(at, keyword.Length) : keyword;

    public static bool SameKeyword(string a, string b) =>
        string.Equals(a.Replace(" ", "", StringComparison.Ordinal), b.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
}
