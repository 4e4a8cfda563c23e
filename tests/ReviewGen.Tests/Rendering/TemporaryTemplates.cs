namespace ReviewGen.Tests.Rendering;

/// <summary>A template folder of the test's own, deleted afterwards.</summary>
internal sealed class TemporaryTemplates : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("reviewgen-templates-").FullName;

    public void Write(string fileName, string text) => File.WriteAllText(System.IO.Path.Combine(Path, fileName), text);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
