using System.Text.Json;
using System.Xml;
using Microsoft.CodeAnalysis.Text;

namespace ReviewGen.Discovery.Configuration;

/// <summary>
/// The configuration files of a project, in its folder: <c>appsettings*.json</c>, <c>*.config</c>,
/// <c>runtimeconfig.template.json</c> and the project file itself, each read with the parser of its format. A file
/// that does not parse is kept with its error, so that the review can say it was not read.
/// </summary>
public static class ConfigurationFileFinder
{
    public static IReadOnlyList<ConfigurationFile> Read(string projectPath, string projectName, Func<string, string> relativePath)
    {
        var folder = Path.GetDirectoryName(projectPath);
        if (folder is null || !Directory.Exists(folder))
        {
            return [];
        }
        var files = Directory.EnumerateFiles(folder, "appsettings*.json")
            .Concat(Directory.EnumerateFiles(folder, "*.config"))
            .Concat(Directory.EnumerateFiles(folder, "runtimeconfig.template.json"))
            .Append(projectPath)
            .Where(File.Exists)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return files.Select(path => ReadFile(path, path == projectPath ? ConfigurationFormat.Project : FormatOf(path), projectName, relativePath)).ToArray();
    }

    private static ConfigurationFormat FormatOf(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ConfigurationFormat.Json : ConfigurationFormat.Xml;

    private static ConfigurationFile ReadFile(string path, ConfigurationFormat format, string project, Func<string, string> relativePath)
    {
        var text = File.ReadAllText(path);
        try
        {
            var settings = format == ConfigurationFormat.Json ? JsonSettingsReader.Read(text) : XmlSettingsReader.Read(text);
            return new ConfigurationFile(relativePath(path), project, format, SourceText.From(text), settings, null);
        }
        catch (Exception error) when (error is JsonException or XmlException)
        {
            return new ConfigurationFile(relativePath(path), project, format, SourceText.From(text), [], error.Message);
        }
    }
}
