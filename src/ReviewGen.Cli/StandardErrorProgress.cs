namespace ReviewGen.Cli;

/// <summary>Progress lines on stderr, written in order as they are reported (Progress&lt;T&gt; would post them out of order).</summary>
public sealed class StandardErrorProgress : IProgress<string>
{
    private readonly object _gate = new();

    /// <summary>Progress is for a person watching: none when stderr is redirected.</summary>
    public static IProgress<string>? ForTerminal() => Console.IsErrorRedirected ? null : new StandardErrorProgress();

    public void Report(string value)
    {
        lock (_gate)
        {
            Console.Error.WriteLine(value);
        }
    }
}
