using System.Xml;
using System.Xml.Linq;

namespace ReviewGen.Discovery.Configuration;

/// <summary>
/// Reads an XML configuration or project file into settings: every attribute (<c>a/b/@name</c>) and the text of every
/// element that holds only text (<c>a/b</c>), each with its line. Namespaces are ignored: a project file and a
/// <c>web.config</c> name their elements the same way with or without one.
/// </summary>
public static class XmlSettingsReader
{
    public static IReadOnlyList<ConfigurationSetting> Read(string text)
    {
        var document = XDocument.Parse(text, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        var settings = new List<ConfigurationSetting>();
        var element = 0;
        foreach (var node in document.Descendants())
        {
            element++;
            var path = string.Join('/', node.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName));
            foreach (var attribute in node.Attributes().Where(a => !a.IsNamespaceDeclaration))
            {
                var line = ((IXmlLineInfo)attribute).LineNumber;
                settings.Add(new ConfigurationSetting($"{path}/@{attribute.Name.LocalName}", attribute.Value, line, line, element));
            }
            if (!node.HasElements && node.Value.Trim() is { Length: > 0 } value)
            {
                var line = ((IXmlLineInfo)node).LineNumber;
                var lastLine = line + node.ToString().Count(c => c == '\n');
                settings.Add(new ConfigurationSetting(path, value, line, lastLine, element));
            }
        }
        return settings;
    }
}
