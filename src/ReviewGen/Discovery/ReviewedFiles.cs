using ReviewGen.Catalog;
using ReviewGen.Loading;
using ReviewGen.Settings;

namespace ReviewGen.Discovery;

/// <summary>
/// Which files of the loaded projects the review covers, and what kind of code each is. Files the configuration
/// excludes are recorded, once each, so that the scope can list them.
/// </summary>
internal sealed class ReviewedFiles(LoadedSolution loaded, ReviewSettings settings)
{
    private readonly Dictionary<string, ExcludedFile> excluded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CodeKind> kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> testProjects = new(StringComparer.Ordinal);

    public IReadOnlyList<ExcludedFile> Excluded => excluded.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();

    /// <summary>The kind of every reviewed file, by its path relative to the solution folder.</summary>
    public IReadOnlyDictionary<string, CodeKind> Kinds => kinds;

    /// <summary>The kind of each reviewed project, by its project file's path relative to the solution folder.</summary>
    public IReadOnlyDictionary<string, CodeKind> ProjectKinds(IEnumerable<ProjectLoadResult> projects) =>
        projects.ToDictionary(p => loaded.RelativePath(p.FilePath), p => CodeClassifier.Of(IsTestProject(p), loaded.RelativePath(p.FilePath)), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="path"/> (relative to the solution folder), a file of <paramref name="project"/>, is reviewed; the kind of code it is is kept.</summary>
    public bool Includes(ProjectLoadResult project, string path)
    {
        if (kinds.ContainsKey(path))
            return true;
        if (excluded.ContainsKey(path))
            return false;
        var kind = CodeClassifier.Of(IsTestProject(project), path);
        if (settings.ExcludedBy(path) is { } pattern)
        {
            excluded[path] = new ExcludedFile(path, "exclude", pattern.Text);
            return false;
        }
        if (kind != CodeKind.Production && settings.TestCode == TestCodeMode.Ignore)
        {
            excluded[path] = new ExcludedFile(path, "testCode", kind.MachineName());
            return false;
        }
        kinds[path] = kind;
        return true;
    }

    private bool IsTestProject(ProjectLoadResult project)
    {
        if (!testProjects.TryGetValue(project.FilePath, out var isTest))
        {
            isTest = project.Targets.Select(t => loaded.Solution.GetProject(t.Id)).OfType<Microsoft.CodeAnalysis.Project>().Any(CodeClassifier.IsTestProject);
            testProjects[project.FilePath] = isTest;
        }
        return isTest;
    }
}
