namespace ReviewGen.Rendering;

/// <summary>
/// Where the Scriban templates are read from: the <c>templates</c> folder shipped beside the tool, or a folder the
/// user names to restyle the review without rebuilding.
/// </summary>
public sealed class TemplateDirectory(string? path = null)
{
    public static string DefaultPath { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "templates");

    public string Path { get; } = System.IO.Path.GetFullPath(path ?? DefaultPath);

    public string Read(string fileName)
    {
        var file = System.IO.Path.Combine(Path, fileName);
        if (!File.Exists(file))
            throw new FileNotFoundException($"Template {fileName} not found in {Path}.", file);
        return File.ReadAllText(file);
    }
}
