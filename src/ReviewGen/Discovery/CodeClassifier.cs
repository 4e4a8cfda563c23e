using Microsoft.CodeAnalysis;
using ReviewGen.Catalog;
using ReviewGen.Loading;

namespace ReviewGen.Discovery;

/// <summary>
/// Tells test and sample code from production code: a test project is test code throughout; otherwise a folder of
/// the path, relative to the analyzed solution's folder, decides. Relative, so that a solution that itself lives
/// under <c>samples/</c> is production code to its own review.
/// </summary>
public static class CodeClassifier
{
    private static readonly Dictionary<string, CodeKind> FolderWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["test"] = CodeKind.Test, ["tests"] = CodeKind.Test,
        ["sample"] = CodeKind.Sample, ["samples"] = CodeKind.Sample,
        ["example"] = CodeKind.Sample, ["examples"] = CodeKind.Sample,
        ["demo"] = CodeKind.Sample, ["demos"] = CodeKind.Sample,
    };

    /// <summary>
    /// The assemblies of xunit (v2 and v3), NUnit and MSTest that a test project references, for test projects built
    /// without the test SDK (which is what sets <c>IsTestProject</c>).
    /// </summary>
    private static readonly HashSet<string> TestFrameworkAssemblies = new(StringComparer.OrdinalIgnoreCase)
    {
        "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework",
    };

    /// <summary>Whether MSBuild evaluated the project as a test project, or it references a test framework.</summary>
    public static bool IsTestProject(Project project) =>
        EvaluatedProperties.IsTestProject(project)
        || project.MetadataReferences.OfType<PortableExecutableReference>()
            .Any(r => r.FilePath is { } path && TestFrameworkAssemblies.Contains(Path.GetFileNameWithoutExtension(path)));

    /// <param name="relativePath">Relative to the analyzed solution's folder, with forward slashes.</param>
    public static CodeKind Of(bool inTestProject, string relativePath) => inTestProject ? CodeKind.Test : ByFolder(relativePath);

    /// <summary>
    /// The kind the first folder named like test(s), sample(s), example(s) or demo(s) gives: the whole name, or a part
    /// of it between dots, dashes or underscores, a number after it allowed (<c>Echo.Sample</c>, <c>MyApp.Tests</c>,
    /// <c>example-2</c>, <c>Example1</c>). A word run into another (<c>TlsSample.Client</c>) is a name, not a kind;
    /// the file's own name does not count.
    /// </summary>
    public static CodeKind ByFolder(string relativePath)
    {
        var folders = relativePath.Split('/')[..^1];
        foreach (var folder in folders.Where(f => f is not ".." and not "."))
        {
            foreach (var part in folder.Split(['.', '-', '_', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                if (FolderWords.TryGetValue(part.TrimEnd("0123456789".ToCharArray()), out var kind))
                    return kind;
            }
        }
        return CodeKind.Production;
    }
}
