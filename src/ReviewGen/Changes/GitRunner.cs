using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ReviewGen.Changes;

/// <summary>
/// Runs the <c>git</c> command line in one folder. Arguments go through <see cref="ProcessStartInfo.ArgumentList"/>,
/// never a shell, so a revision or path cannot become a second command. Settings that change what git prints (quoted
/// paths, colors, pagers) are pinned on every call, so parsing does not depend on the user's configuration.
/// </summary>
public sealed class GitRunner(string workingDirectory)
{
    private static readonly string[] PinnedSettings = ["-c", "core.quotepath=off", "-c", "color.ui=never"];

    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>Standard output of a git command that must succeed.</summary>
    /// <exception cref="GitException">git is missing or the command failed; the message holds git's own first line.</exception>
    public async Task<string> RunAsync(IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var (exitCode, output, error) = await RunAllowingFailureAsync(arguments, ct).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new GitException($"git {arguments[0]} failed: {FirstLine(error) ?? $"exit code {exitCode}"}");
        }
        return output;
    }

    /// <summary>A git command whose exit code is an answer (<c>merge-base</c> exits 1 when there is none).</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunAllowingFailureAsync(IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var setting in PinnedSettings)
        {
            start.ArgumentList.Add(setting);
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // Git's messages are parsed for nothing, but shown to the user: English keeps them searchable.
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_EXTERNAL_DIFF"] = null;

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitException("git could not be started");
        }
        catch (Win32Exception)
        {
            throw new GitException("git was not found; install git and make sure it is on PATH");
        }
        using (process)
        {
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
            try
            {
                await process.WaitForExitAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            return (process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
        }
    }

    private static string? FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
}
