using Microsoft.CodeAnalysis;

namespace ReviewGen.Loading;

/// <summary>One project file of the input and the Roslyn projects it became (one per target framework).</summary>
/// <param name="FilePath">Absolute path of the project file.</param>
/// <param name="Targets">Empty when the project failed to load.</param>
/// <param name="Reason">Why the project is degraded or failed, in one line; null when it loaded.</param>
public sealed record ProjectLoadResult(
    string Name,
    string FilePath,
    ProjectLoadStatus Status,
    IReadOnlyList<ProjectTarget> Targets,
    string? Reason);

/// <param name="TargetFramework">The target framework moniker ("net8.0"), or null when the project has a single, unnamed one.</param>
public sealed record ProjectTarget(ProjectId Id, string? TargetFramework);

public enum ProjectLoadStatus
{
    Loaded,
    /// <summary>MSBuild could not evaluate it; its sources were compiled against the SDK's reference assemblies.</summary>
    Degraded,
    Failed,
}
