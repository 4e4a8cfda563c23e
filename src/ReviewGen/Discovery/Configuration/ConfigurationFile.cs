using Microsoft.CodeAnalysis.Text;

namespace ReviewGen.Discovery.Configuration;

/// <summary>A configuration file of a project, read with the parser of its format.</summary>
/// <param name="Path">Relative to the solution folder, as the review writes it.</param>
/// <param name="Error">Why the file could not be read (malformed JSON or XML); its settings are then empty.</param>
public sealed record ConfigurationFile(
    string Path,
    string Project,
    ConfigurationFormat Format,
    SourceText Text,
    IReadOnlyList<ConfigurationSetting> Settings,
    string? Error)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}
