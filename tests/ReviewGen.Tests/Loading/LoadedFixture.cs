using Microsoft.CodeAnalysis;
using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

/// <summary>One restore and load of a fixture, shared by the tests of a class (loading is the slow part).</summary>
public abstract class LoadedFixture(string relativePath) : IAsyncLifetime
{
    private readonly List<string> _progress = [];

    public LoadedSolution Loaded { get; private set; } = null!;

    public IReadOnlyList<string> ProgressMessages
    {
        get
        {
            lock (_progress)
            {
                return [.. _progress];
            }
        }
    }

    public async Task InitializeAsync()
    {
        var progress = new SynchronousProgress(message =>
        {
            lock (_progress)
            {
                _progress.Add(message);
            }
        });
        Loaded = await SolutionLoader.LoadAsync(
            new LoadRequest(FixturePaths.Of(relativePath), Restore: true), progress, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Loaded?.Dispose();
        return Task.CompletedTask;
    }

    public ProjectLoadResult Project(string name) => Loaded.Projects.Single(p => p.Name == name);

    public async Task<Compilation> CompilationOf(ProjectTarget target) =>
        (await Loaded.Solution.GetProject(target.Id)!.GetCompilationAsync())!;

    /// <summary>Progress&lt;T&gt; posts to the thread pool, so its last messages could arrive after the load returns.</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
