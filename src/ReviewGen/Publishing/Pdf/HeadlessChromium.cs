using PuppeteerSharp;

namespace ReviewGen.Publishing.Pdf;

/// <summary>
/// One headless Chromium process driven over the DevTools protocol, with a profile of its own that is deleted when it
/// is disposed. A deadline or the caller's cancellation kills the process, which makes every pending call fail at once.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>
    /// --no-sandbox because Chromium cannot start its sandbox as root, which is how containers and CI run it, and the
    /// pages it opens are local files we generated, not the web. --disable-gpu because servers have none and software
    /// rendering keeps the output the same across machines; no scrollbars and no font hinting for the same reason.
    /// </summary>
    private static readonly string[] Arguments = ["--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--font-render-hinting=none"];

    private readonly Launcher _launcher;
    private readonly string _userDataDirectory;
    private readonly CancellationTokenSource _deadline;
    private readonly CancellationTokenRegistration _killOnCancel;
    private IBrowser? _browser;

    private HeadlessChromium(Launcher launcher, string executablePath, string userDataDirectory, CancellationTokenSource deadline)
    {
        _launcher = launcher;
        ExecutablePath = executablePath;
        _userDataDirectory = userDataDirectory;
        _deadline = deadline;
        _killOnCancel = deadline.Token.Register(Kill);
    }

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not started");

    public string ExecutablePath { get; }

    /// <summary>True once the deadline or the caller's cancellation has killed the browser.</summary>
    public bool WasStopped => _deadline.IsCancellationRequested;

    /// <summary>Starts the browser; it is killed when <paramref name="timeout"/> passes or the token is cancelled.</summary>
    /// <exception cref="BrowserException">Chromium did not start; the message holds what it wrote to standard error.</exception>
    public static async Task<HeadlessChromium> LaunchAsync(string executablePath, TimeSpan timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var chromium = new HeadlessChromium(
            new Launcher(), executablePath, Directory.CreateTempSubdirectory("reviewgen-chromium-").FullName, deadline);
        deadline.CancelAfter(timeout);
        try
        {
            chromium._browser = await chromium._launcher.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = executablePath,
                Browser = SupportedBrowser.Chromium,
                Headless = true,
                Args = Arguments,
                UserDataDir = chromium._userDataDirectory,
                Timeout = (int)Math.Min(timeout.TotalMilliseconds, int.MaxValue),
                DefaultViewport = null,
            });
            return chromium;
        }
        catch (Exception e) when (e is PuppeteerException or ProcessException or OperationCanceledException or TimeoutException or IOException
            or System.ComponentModel.Win32Exception)
        {
            var timedOut = chromium.WasStopped;
            await chromium.DisposeAsync();
            if (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
            throw new BrowserException(timedOut
                ? $"Chromium at {executablePath} did not start within {timeout.TotalSeconds:0} s"
                : $"Chromium at {executablePath} did not start: {OneLine(e.Message)}");
        }
    }

    /// <summary>Turns a failure of a call on the browser into the error the caller should see.</summary>
    public Exception Failure(Exception error, string doing, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? new OperationCanceledException(cancellationToken)
        : WasStopped ? new BrowserException($"Chromium at {ExecutablePath} did not finish {doing} in time")
        : new BrowserException($"Chromium at {ExecutablePath} failed {doing}: {OneLine(error.Message)}");

    public async ValueTask DisposeAsync()
    {
        await _killOnCancel.DisposeAsync();
        if (_browser is not null)
        {
            try
            {
                await _browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception e) when (e is PuppeteerException or TimeoutException or InvalidOperationException)
            {
                Kill();
            }
            await _browser.DisposeAsync();
        }
        else
        {
            Kill();
        }
        _launcher.Process?.Dispose();
        _deadline.Dispose();
        DeleteQuietly(_userDataDirectory);
    }

    /// <summary>Kills the process tree whether or not the browser got as far as answering, so nothing outlives us.</summary>
    private void Kill()
    {
        try
        {
            _launcher.Process?.Process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has exited, or never started.
        }
    }

    private static string OneLine(string message) => string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Chromium's helper processes may still hold files for a moment after it exits; a leftover temporary folder is not worth failing for.</summary>
    private static void DeleteQuietly(string directory)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(100);
            }
        }
    }
}
