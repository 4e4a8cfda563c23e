using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReviewGen.Loading;

/// <summary>Degraded mode: a project rebuilt in memory from its source files and the SDK's reference assemblies.</summary>
internal static class DegradedProject
{
    /// <summary>Adds the project to <paramref name="solution"/> (in memory only; nothing is written back).</summary>
    public static (Solution Solution, ProjectId Id) Add(
        Solution solution, string projectPath, IReadOnlyList<MetadataReference> references)
    {
        var id = ProjectId.CreateNewId(projectPath);
        var name = Path.GetFileNameWithoutExtension(projectPath);
        var projectDirectory = Path.GetDirectoryName(projectPath)!;
        var documents = LegacyProjectFile.SourceFiles(projectPath)
            .Select(file => DocumentInfo.Create(
                DocumentId.CreateNewId(id, file),
                Path.GetFileName(file),
                folders: FoldersOf(projectDirectory, file),
                loader: new FileTextLoader(file, defaultEncoding: null),
                filePath: file));
        var project = ProjectInfo.Create(
            id,
            VersionStamp.Create(),
            name,
            name,
            LanguageNames.CSharp,
            filePath: projectPath,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            documents: documents,
            metadataReferences: references);
        return (solution.AddProject(project), id);
    }

    private static IReadOnlyList<string> FoldersOf(string projectDirectory, string file)
    {
        var relativeDirectory = Path.GetDirectoryName(PathDisplay.Relative(projectDirectory, file));
        return string.IsNullOrEmpty(relativeDirectory) ? [] : relativeDirectory.Split('/', '\\');
    }
}
