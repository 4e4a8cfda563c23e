namespace ReviewGen.Scheduling;

/// <summary>
/// "Label (n of N)" progress for work done item by item, possibly in parallel. It reports about every twentieth of the
/// way and the last item, so a solution of thousands of documents does not flood the terminal with lines.
/// </summary>
public sealed class StepCounter(string label, int total, IProgress<string>? progress)
{
    private readonly Lock _gate = new();
    private int _done;

    public void Advance()
    {
        // Counting and reporting under one lock: items finishing together on several threads still print in order.
        lock (_gate)
        {
            _done++;
            if (progress is not null && (_done == total || _done * 20 / total != (_done - 1) * 20 / total))
            {
                progress.Report($"{label} ({_done} of {total})");
            }
        }
    }
}
