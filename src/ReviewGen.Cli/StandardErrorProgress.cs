using System.Text.RegularExpressions;

namespace ReviewGen.Cli;

/// <summary>
/// Progress on a terminal's stderr, written in order as it is reported (Progress&lt;T&gt; would post it out of order).
/// The steps of one count ("Analyzing documents (3 of 40)") rewrite one line instead of scrolling the screen; a new
/// label starts a new line. Disposing ends the open line, so whatever is printed next starts on a line of its own.
/// </summary>
public sealed partial class StandardErrorProgress(TextWriter writer) : IProgress<string>, IDisposable
{
    // Erases what is left of a longer earlier message on the line being rewritten.
    private const string EraseToEndOfLine = "\u001b[K";

    private readonly Lock _gate = new();
    private string? _openLabel;

    /// <summary>Progress is for a person watching: none when stderr is redirected.</summary>
    public static StandardErrorProgress? ForTerminal() => Console.IsErrorRedirected ? null : new StandardErrorProgress(Console.Error);

    public void Report(string value)
    {
        var label = Label(value);
        lock (_gate)
        {
            if (_openLabel is not null)
            {
                writer.Write(_openLabel == label ? "\r" : "\n");
            }
            writer.Write(value + EraseToEndOfLine);
            writer.Flush();
            _openLabel = label;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_openLabel is not null)
            {
                writer.Write('\n');
                writer.Flush();
                _openLabel = null;
            }
        }
    }

    /// <summary>"Loading projects" of "Loading projects (2 of 9): src/A.csproj"; a message without a count is its own label.</summary>
    private static string Label(string message) =>
        StepCount().Match(message) is { Success: true } count ? message[..count.Index] : message;

    [GeneratedRegex(@" \(\d+ of \d+\)")]
    private static partial Regex StepCount();
}
