using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace ReviewGen.Loading;

/// <summary>
/// Decides what became of each project file: loaded (one Roslyn project per target framework), degraded (reviewed from
/// its sources against the SDK's reference assemblies) or failed, and adds the degraded projects to the solution.
/// </summary>
internal static partial class ProjectOutcomes
{
    private const string CSharpProjectExtension = ".csproj";

    private static readonly HashSet<string> CoreLibraries = new(StringComparer.OrdinalIgnoreCase)
    {
        "System.Runtime.dll", "mscorlib.dll", "netstandard.dll", "System.Private.CoreLib.dll",
    };

    public static async Task<(Solution Solution, IReadOnlyList<ProjectLoadResult> Projects)> ResolveAsync(
        Solution solution, IReadOnlyList<string> listedPaths, IReadOnlyList<LoadDiagnostic> diagnostics, CancellationToken ct)
    {
        var loadedByPath = solution.Projects
            .Where(p => p.FilePath is not null)
            .GroupBy(p => p.FilePath!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Name, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        // Projects reached only through a project reference are loaded and reviewed too, so they are listed as well.
        var paths = listedPaths.Union(loadedByPath.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);

        var results = new List<ProjectLoadResult>();
        foreach (var path in paths)
        {
            var projects = loadedByPath.GetValueOrDefault(path) ?? [];
            var withoutCorlib = await WithoutCorlibAsync(projects, ct).ConfigureAwait(false);
            ProjectLoadResult result;
            if (!Path.GetExtension(path).Equals(CSharpProjectExtension, StringComparison.OrdinalIgnoreCase))
            {
                result = Failed(path, "not a C# project");
            }
            else if (!File.Exists(path))
            {
                result = Failed(path, "project file not found");
            }
            else if (projects.Count > 0 && withoutCorlib.Count == 0)
            {
                result = Loaded(path, projects);
            }
            else if (projects.Count > 0 && projects.All(p => p.DocumentIds.Count > 0))
            {
                // Loaded with its sources but without framework references (an old-style project whose targeting pack
                // is missing): its types would not bind at all until it gets some.
                foreach (var project in withoutCorlib)
                {
                    solution = solution.AddMetadataReferences(project.Id, ReferenceAssemblies.NetCoreApp);
                }

                result = Loaded(path, projects) with
                {
                    Status = ProjectLoadStatus.Degraded,
                    Reason = $"loaded without framework references ({FailureReason(path, diagnostics)}); compiled against the .NET reference assemblies",
                };
            }
            else
            {
                // MSBuild could not evaluate it: the workspace holds at most an empty shell, which degraded mode replaces.
                solution = projects.Aggregate(solution, (s, p) => s.RemoveProject(p.Id));
                if (LegacyProjectFile.IsLegacyFormat(path))
                {
                    (solution, var id) = DegradedProject.Add(solution, path, ReferenceAssemblies.NetCoreApp);
                    result = new ProjectLoadResult(
                        NameOf(path), path, ProjectLoadStatus.Degraded, [new ProjectTarget(id, null)],
                        $"old-style project MSBuild could not load ({FailureReason(path, diagnostics)}); reviewed from its source files against the .NET reference assemblies");
                }
                else
                {
                    result = Failed(path, FailureReason(path, diagnostics));
                }
            }

            results.Add(result);
        }

        return (solution, results);
    }

    /// <summary>
    /// The projects whose compilation would have no core library. A project with documents is judged from its
    /// references: asking it for its compilation would parse every document of the solution before discovery chooses
    /// the few that matter. One without documents (an empty shell MSBuild left, or a project of content files only)
    /// compiles nothing to parse, so its compilation answers.
    /// </summary>
    private static async Task<List<Project>> WithoutCorlibAsync(List<Project> projects, CancellationToken ct)
    {
        var result = new List<Project>();
        foreach (var project in projects)
        {
            var hasCorlib = project.DocumentIds.Count > 0
                ? project.MetadataReferences.OfType<PortableExecutableReference>().Any(r => CoreLibraries.Contains(Path.GetFileName(r.FilePath ?? "")))
                : await project.GetCompilationAsync(ct).ConfigureAwait(false) is { } compilation
                    && compilation.GetSpecialType(SpecialType.System_Object).TypeKind != TypeKind.Error;
            if (!hasCorlib)
            {
                result.Add(project);
            }
        }

        return result;
    }

    private static ProjectLoadResult Loaded(string path, List<Project> projects)
    {
        var targets = projects
            .Select(p => new ProjectTarget(p.Id, projects.Count > 1
                ? TargetFrameworkOf(p.Name)
                : TargetFrameworkSymbols.Infer((p.ParseOptions as Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)?.PreprocessorSymbolNames ?? [])))
            .ToList();
        return new ProjectLoadResult(NameOf(path), path, ProjectLoadStatus.Loaded, targets, null);
    }

    private static ProjectLoadResult Failed(string path, string reason) =>
        new(NameOf(path), path, ProjectLoadStatus.Failed, [], reason);

    private static string NameOf(string path) => Path.GetFileNameWithoutExtension(path);

    private static string FailureReason(string path, IReadOnlyList<LoadDiagnostic> diagnostics)
    {
        var fileName = Path.GetFileName(path);
        var error = diagnostics.FirstOrDefault(d => d.Severity == LoadDiagnosticSeverity.Error && d.FilePath == path)
            ?? diagnostics.FirstOrDefault(d => d.Severity == LoadDiagnosticSeverity.Error
                && d.Source == "msbuild" && d.Message.Contains(fileName, StringComparison.Ordinal));
        return error?.Message ?? "MSBuild did not load it";
    }

    /// <summary>MSBuildWorkspace names each target of a multi-targeted project "Name(tfm)".</summary>
    private static string? TargetFrameworkOf(string projectName)
    {
        var match = TargetFrameworkSuffix().Match(projectName);
        return match.Success ? match.Groups["tfm"].Value : null;
    }

    [GeneratedRegex(@"\((?<tfm>[^()]+)\)$")]
    private static partial Regex TargetFrameworkSuffix();
}
