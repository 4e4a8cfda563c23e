using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.MSBuild;

namespace ReviewGen.Loading;

/// <summary>Turns MSBuildWorkspace's per-operation progress into one "Loading projects (n of N)" line per project file.</summary>
internal sealed class LoadProgressReporter(int projectCount, string rootDirectory, IProgress<string>? progress)
    : IProgress<ProjectLoadProgress>
{
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private int _count;

    public void Report(ProjectLoadProgress value)
    {
        // A multi-targeted project reports each operation once per target framework; count the file once.
        if (progress is null || !_seen.TryAdd(value.FilePath, 0))
        {
            return;
        }

        var number = Interlocked.Increment(ref _count);
        // A project reference outside the input's list can push the count past the listed total.
        var total = Math.Max(projectCount, number);
        progress.Report($"Loading projects ({number} of {total}): {PathDisplay.Relative(rootDirectory, value.FilePath)}");
    }
}
