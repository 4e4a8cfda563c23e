using Microsoft.CodeAnalysis;

namespace ReviewGen.Loading;

/// <summary>
/// The output of the loading stage: a workspace kept alive for the stages that need semantic models, and the record
/// of what loaded, what was degraded and what failed. Disposing it releases the workspace.
/// </summary>
public sealed class LoadedSolution : IDisposable
{
    public required Workspace Workspace { get; init; }

    /// <summary>The workspace's solution, plus in-memory projects for those reviewed in degraded mode.</summary>
    public required Solution Solution { get; init; }

    /// <summary>Absolute path of the file that was loaded.</summary>
    public required string InputPath { get; init; }

    /// <summary>Absolute path of the folder that every reported path is relative to.</summary>
    public required string RootDirectory { get; init; }

    /// <summary>The solution's (or project's) file name without extension.</summary>
    public required string Name { get; init; }

    /// <summary>Every project file the input names, sorted by path, with what became of it.</summary>
    public required IReadOnlyList<ProjectLoadResult> Projects { get; init; }

    public required IReadOnlyList<LoadDiagnostic> Diagnostics { get; init; }

    /// <summary>A path relative to <see cref="RootDirectory"/>, with forward slashes, for reports.</summary>
    public string RelativePath(string absolutePath) => PathDisplay.Relative(RootDirectory, absolutePath);

    public void Dispose() => Workspace.Dispose();
}
