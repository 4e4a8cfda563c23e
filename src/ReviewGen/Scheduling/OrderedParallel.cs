namespace ReviewGen.Scheduling;

/// <summary>
/// Runs one piece of work per item, at most <c>maxParallelism</c> at a time, and returns the results in the items'
/// order: whatever is built from them afterwards is then the same as in a serial run, whichever item finished first.
/// With 1 the items run one after the other, in order.
/// </summary>
public static class OrderedParallel
{
    public static async Task<TResult[]> MapAsync<TItem, TResult>(
        IReadOnlyList<TItem> items, int maxParallelism, Func<TItem, CancellationToken, ValueTask<TResult>> work, CancellationToken ct)
    {
        var results = new TResult[items.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), options, async (i, token) => results[i] = await work(items[i], token));
        return results;
    }
}
