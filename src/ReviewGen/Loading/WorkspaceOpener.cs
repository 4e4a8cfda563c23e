using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace ReviewGen.Loading;

/// <summary>
/// Opens the input with MSBuildWorkspace. Kept apart from <see cref="SolutionLoader.LoadAsync"/> so that no method
/// mentioning MSBuild types is compiled before <see cref="MSBuildRegistration.EnsureRegistered"/> has run.
/// </summary>
internal static class WorkspaceOpener
{
    /// <remarks>Design-time builds run the repository's own MSBuild logic (targets, tasks, props), as a build would.</remarks>
    public static async Task<(Workspace Workspace, IReadOnlyList<LoadDiagnostic> Failures)> OpenAsync(
        string inputPath, int projectCount, string rootDirectory, IProgress<string>? progress, CancellationToken ct)
    {
        var workspace = MSBuildWorkspace.Create(new Dictionary<string, string>
        {
            [EvaluatedProperties.ImportProperty] = EvaluatedProperties.TargetsPath,
        });
        var failures = new List<LoadDiagnostic>();
        try
        {
            using (workspace.RegisterWorkspaceFailedHandler(e => Record(failures, e.Diagnostic, rootDirectory)))
            {
                var loadProgress = new LoadProgressReporter(projectCount, rootDirectory, progress);
                if (InputResolver.IsSolution(inputPath))
                {
                    await workspace.OpenSolutionAsync(inputPath, loadProgress, ct).ConfigureAwait(false);
                }
                else
                {
                    await OpenProjectAsync(workspace, inputPath, loadProgress, failures, rootDirectory, ct).ConfigureAwait(false);
                }
            }
        }
        catch
        {
            workspace.Dispose();
            throw;
        }

        lock (failures)
        {
            return (workspace, failures.Distinct().ToList());
        }
    }

    /// <summary>Unlike a solution's members, a project opened on its own throws when MSBuild cannot load it.</summary>
    private static async Task OpenProjectAsync(
        MSBuildWorkspace workspace,
        string projectPath,
        IProgress<ProjectLoadProgress> progress,
        List<LoadDiagnostic> failures,
        string rootDirectory,
        CancellationToken ct)
    {
        try
        {
            await workspace.OpenProjectAsync(projectPath, progress, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            var diagnostic = WorkspaceFailureClassifier.Classify(e.Message, reportedAsFailure: true, rootDirectory);
            lock (failures)
            {
                failures.Add(diagnostic with { FilePath = diagnostic.FilePath ?? projectPath });
            }
        }
    }

    private static void Record(List<LoadDiagnostic> failures, WorkspaceDiagnostic diagnostic, string rootDirectory)
    {
        var classified = WorkspaceFailureClassifier.Classify(
            diagnostic.Message, diagnostic.Kind == WorkspaceDiagnosticKind.Failure, rootDirectory);
        lock (failures)
        {
            failures.Add(classified);
        }
    }
}
