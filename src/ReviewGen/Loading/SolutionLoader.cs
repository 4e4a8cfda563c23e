namespace ReviewGen.Loading;

/// <summary>The loading stage: from what the user typed to a solution whose projects the later stages can review.</summary>
public static class SolutionLoader
{
    /// <exception cref="InvalidInputException">The input names nothing loadable, or more than one candidate.</exception>
    /// <exception cref="NothingLoadedException">No project loaded, or the SDK the input pins is not installed.</exception>
    public static Task<LoadedSolution> LoadAsync(LoadRequest request, IProgress<string>? progress, CancellationToken ct)
    {
        // Registration must precede the compilation of any method that mentions MSBuild types: LoadCoreAsync calls them.
        MSBuildRegistration.EnsureRegistered();
        return LoadCoreAsync(request, progress, ct);
    }

    private static async Task<LoadedSolution> LoadCoreAsync(LoadRequest request, IProgress<string>? progress, CancellationToken ct)
    {
        var inputPath = InputResolver.Resolve(request.InputPath);
        var rootDirectory = Path.GetDirectoryName(inputPath)!;
        var name = Path.GetFileNameWithoutExtension(inputPath);
        GlobalJsonSdkCheck.Ensure(rootDirectory);
        var listedPaths = SolutionFileReader.ProjectPaths(inputPath);

        var diagnostics = new List<LoadDiagnostic>();
        if (request.Restore)
        {
            progress?.Report($"Restoring {PathDisplay.Relative(rootDirectory, inputPath)}");
            // Restore, like the design-time builds below, runs the repository's own MSBuild logic (its targets, tasks and
            // props, and any NuGet package's build files): only review repositories you would build.
            diagnostics.AddRange(await RestoreRunner.RunAsync(inputPath, rootDirectory, ct).ConfigureAwait(false));
        }

        var (workspace, failures) = await WorkspaceOpener
            .OpenAsync(inputPath, listedPaths.Count, rootDirectory, progress, ct)
            .ConfigureAwait(false);
        diagnostics.AddRange(WorkspaceFailureClassifier.WithoutRestoreEchoes(failures, diagnostics));
        try
        {
            var (solution, projects) = await ProjectOutcomes
                .ResolveAsync(workspace.CurrentSolution, listedPaths, diagnostics, ct)
                .ConfigureAwait(false);
            if (!projects.Any(p => p.Status is ProjectLoadStatus.Loaded or ProjectLoadStatus.Degraded))
            {
                throw new NothingLoadedException(NothingLoadedReason(name, projects));
            }

            return new LoadedSolution
            {
                Workspace = workspace,
                Solution = solution,
                InputPath = inputPath,
                RootDirectory = rootDirectory,
                Name = name,
                Projects = projects,
                Diagnostics = diagnostics,
            };
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    private static string NothingLoadedReason(string name, IReadOnlyList<ProjectLoadResult> projects)
    {
        if (projects.Count == 0)
        {
            return $"{name} names no project";
        }

        var first = projects[0];
        return projects.Count == 1
            ? $"{first.Name} could not be loaded: {first.Reason}"
            : $"none of the {projects.Count} projects of {name} could be loaded; {first.Name}: {first.Reason}";
    }
}
