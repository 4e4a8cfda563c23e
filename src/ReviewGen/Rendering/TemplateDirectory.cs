namespace ReviewGen.Rendering;

/// <summary>
/// Where the Scriban templates are read from: the <c>templates</c> folder shipped beside the tool, or a folder the
/// user names to restyle the review without rebuilding. A folder of overrides (<c>--templates DIR</c>) wins by file
/// name, so it need hold only the templates it changes.
/// </summary>
public sealed class TemplateDirectory
{
    /// <exception cref="DirectoryNotFoundException"><paramref name="overrides"/> is not a folder.</exception>
    public TemplateDirectory(string? path = null, string? overrides = null)
    {
        Path = System.IO.Path.GetFullPath(path ?? DefaultPath);
        if (overrides is not null)
        {
            Overrides = System.IO.Path.GetFullPath(overrides);
            if (!Directory.Exists(Overrides))
                throw new DirectoryNotFoundException($"--templates {overrides}: no such folder");
        }
    }

    public static string DefaultPath { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "templates");

    public string Path { get; }

    /// <summary>The folder whose templates replace those of <see cref="Path"/> with the same name; null when none.</summary>
    public string? Overrides { get; }

    /// <summary>The file a template is read from: the override when there is one.</summary>
    /// <exception cref="FileNotFoundException">Neither folder holds it.</exception>
    public string Locate(string fileName)
    {
        if (Overrides is not null && File.Exists(System.IO.Path.Combine(Overrides, fileName)))
            return System.IO.Path.Combine(Overrides, fileName);
        var file = System.IO.Path.Combine(Path, fileName);
        return File.Exists(file) ? file : throw new FileNotFoundException($"Template {fileName} not found in {Path}.", file);
    }

    public string Read(string fileName) => File.ReadAllText(Locate(fileName));
}
