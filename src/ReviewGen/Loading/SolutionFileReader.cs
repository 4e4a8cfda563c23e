using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace ReviewGen.Loading;

/// <summary>
/// The project files a solution names, read from the file itself rather than from the workspace, so that a project
/// MSBuild cannot load still appears in the review as failed instead of silently missing.
/// </summary>
internal static partial class SolutionFileReader
{
    private const string SolutionFolderTypeGuid = "2150E333-8FDC-42A3-9474-1A3956D46DE8";

    /// <returns>Absolute project paths, in the order the input names them; the input itself when it is a project.</returns>
    public static IReadOnlyList<string> ProjectPaths(string inputPath)
    {
        var directory = Path.GetDirectoryName(inputPath)!;
        var relativePaths = Path.GetExtension(inputPath).ToLowerInvariant() switch
        {
            ".sln" => FromSln(File.ReadAllText(inputPath)),
            ".slnx" => FromSlnx(inputPath),
            _ => [Path.GetFileName(inputPath)],
        };
        return relativePaths
            .Select(p => Path.GetFullPath(Path.Combine(directory, p.Replace('\\', Path.DirectorySeparatorChar))))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    internal static IEnumerable<string> FromSln(string text) =>
        SlnProjectLine().Matches(text)
            .Where(m => !m.Groups["type"].Value.Equals(SolutionFolderTypeGuid, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Groups["path"].Value);

    private static IEnumerable<string> FromSlnx(string inputPath)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(inputPath);
        }
        catch (XmlException e)
        {
            throw new InvalidInputException($"{Path.GetFileName(inputPath)} is not a valid .slnx file: {e.Message}");
        }

        return FromSlnx(document);
    }

    internal static IEnumerable<string> FromSlnx(XDocument document) =>
        document.Descendants("Project")
            .Select(p => (string?)p.Attribute("Path"))
            .OfType<string>();

    // Project("{type-guid}") = "Name", "relative\path.csproj", "{project-guid}"
    [GeneratedRegex("""^\s*Project\("\{(?<type>[^}]+)\}"\)\s*=\s*"[^"]*"\s*,\s*"(?<path>[^"]*)"\s*,""", RegexOptions.Multiline)]
    private static partial Regex SlnProjectLine();
}
