namespace ReviewGen.Scheduling;

/// <summary>
/// "Label (n of N)" progress for work done item by item, possibly in parallel. It reports about every twentieth of the
/// way and the last item, so a solution of thousands of documents does not flood the terminal with lines.
/// </summary>
public sealed class StepCounter(string label, int total, IProgress<string>? progress)
{
    private int _done;

    public void Advance()
    {
        var done = Interlocked.Increment(ref _done);
        if (progress is not null && (done == total || done * 20 / total != (done - 1) * 20 / total))
        {
            progress.Report($"{label} ({done} of {total})");
        }
    }
}
