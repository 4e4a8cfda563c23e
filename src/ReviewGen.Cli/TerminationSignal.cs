using System.Runtime.InteropServices;

namespace ReviewGen.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM cancel the run's token instead of ending the process, and the run is waited for: the
/// stages stop at their next check, child processes are killed, temporary files are deleted, and the one-line message
/// and exit code 130 follow. System.CommandLine's own handling stops waiting after a timeout and exits while the work
/// may still be writing. A second signal is left to the runtime, which ends the process at once.
/// </summary>
internal sealed class TerminationSignal : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public TerminationSignal()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
    }

    public CancellationToken Token => _cancellation.Token;

    private void Cancel(PosixSignalContext context)
    {
        if (_cancellation.IsCancellationRequested)
        {
            return;
        }
        context.Cancel = true;
        _cancellation.Cancel();
    }

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _cancellation.Dispose();
    }
}
