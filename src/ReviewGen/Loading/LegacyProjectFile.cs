using System.IO.Enumeration;
using System.Xml;
using System.Xml.Linq;

namespace ReviewGen.Loading;

/// <summary>
/// What degraded mode needs from a project file MSBuild could not evaluate, read as plain XML: whether it is an
/// old-style (non-SDK) project, and which C# files it compiles.
/// </summary>
internal static class LegacyProjectFile
{
    private static readonly string[] OutputFolders = ["bin", "obj"];

    /// <summary>
    /// Old-style projects need .NET Framework build tools this SDK does not have, so their failure says nothing about
    /// the code; an SDK-style project that fails is broken in a way a review should not paper over.
    /// </summary>
    public static bool IsLegacyFormat(string projectPath)
    {
        var root = TryLoad(projectPath)?.Root;
        if (root is null)
        {
            return false;
        }

        var usesSdk = root.Attribute("Sdk") is not null
            || root.Elements().Any(e => e.Name.LocalName is "Sdk" || (e.Name.LocalName is "Import" && e.Attribute("Sdk") is not null));
        return !usesSdk;
    }

    /// <summary>The files of its <c>&lt;Compile Include&gt;</c> items, or every .cs file under its folder (outside bin and obj) when it lists none.</summary>
    public static IReadOnlyList<string> SourceFiles(string projectPath)
    {
        var directory = Path.GetDirectoryName(projectPath)!;
        var includes = (TryLoad(projectPath)?.Descendants() ?? [])
            .Where(e => e.Name.LocalName == "Compile")
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>()
            .SelectMany(i => i.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(i => !i.Contains("$(", StringComparison.Ordinal))
            .ToList();
        var files = includes.Count == 0
            ? Expand(directory, "**/*.cs")
            : includes.SelectMany(i => Expand(directory, i));
        return files.Where(File.Exists).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static XDocument? TryLoad(string projectPath)
    {
        try
        {
            return XDocument.Load(projectPath);
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A literal path, or a wildcard of the usual shapes (<c>dir\*.cs</c>, <c>**\*.cs</c>).</summary>
    private static IEnumerable<string> Expand(string projectDirectory, string include)
    {
        var relative = include.Replace('\\', '/');
        var star = relative.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return [Path.GetFullPath(Path.Combine(projectDirectory, relative))];
        }

        var baseDirectory = Path.GetFullPath(Path.Combine(projectDirectory, relative[..(relative[..star].LastIndexOf('/') + 1)]));
        if (!Directory.Exists(baseDirectory))
        {
            return [];
        }

        var namePattern = relative[(relative.LastIndexOf('/') + 1)..];
        var recursive = relative.Contains("**", StringComparison.Ordinal);
        return Directory.EnumerateFiles(baseDirectory, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(f => FileSystemName.MatchesSimpleExpression(namePattern, Path.GetFileName(f)))
            .Where(f => !IsUnderOutputFolder(projectDirectory, f));
    }

    private static bool IsUnderOutputFolder(string projectDirectory, string file) =>
        PathDisplay.Relative(projectDirectory, file).Split('/')
            .Any(segment => OutputFolders.Contains(segment, StringComparer.OrdinalIgnoreCase));
}
