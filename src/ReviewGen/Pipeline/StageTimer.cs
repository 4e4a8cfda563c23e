using System.Diagnostics;

namespace ReviewGen.Pipeline;

/// <summary>
/// The wall time of each stage, in the order they ran, for <c>--verbose</c>: where a slow review spends its time is
/// the first question about it, and the answer must not need a profiler.
/// </summary>
public sealed class StageTimer
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    public async Task<T> TimeAsync<T>(string stage, Func<Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        var result = await work();
        _stages.Add((stage, clock.Elapsed));
        return result;
    }

    public T Time<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        _stages.Add((stage, clock.Elapsed));
        return result;
    }
}
