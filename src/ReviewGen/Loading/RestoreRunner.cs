using System.ComponentModel;
using System.Diagnostics;

namespace ReviewGen.Loading;

/// <summary>
/// Runs <c>dotnet restore</c> so package types bind. A failed restore is reported, not fatal: the framework's own types
/// still bind, and most TLS code is written against them.
/// </summary>
internal static class RestoreRunner
{
    public static async Task<IReadOnlyList<LoadDiagnostic>> RunAsync(string inputPath, string rootDirectory, CancellationToken ct)
    {
        var startInfo = new ProcessStartInfo(DotnetInstallation.DotnetExecutable)
        {
            WorkingDirectory = Path.GetDirectoryName(inputPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The terminal logger rewrites lines in place, which would defeat the line parser; reused MSBuild nodes would outlive us.
        foreach (var argument in new[] { "restore", inputPath, "-nologo", "-tl:off", "-nodeReuse:false" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Messages are parsed by their English wording ("error NU1101: ...").
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var lines = new List<string>();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Collect(lines, e.Data);
        process.ErrorDataReceived += (_, e) => Collect(lines, e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new NothingLoadedException($"Cannot run {startInfo.FileName} restore: {e.Message}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // NuGet and MSBuild start worker processes of their own; killing only dotnet would leave them running.
            process.Kill(entireProcessTree: true);
            throw;
        }

        List<string> output;
        lock (lines)
        {
            output = [.. lines];
        }

        var diagnostics = RestoreOutputParser.Parse(output, rootDirectory);
        if (process.ExitCode != 0 && !diagnostics.Any(d => d.Severity == LoadDiagnosticSeverity.Error))
        {
            return [.. diagnostics, new LoadDiagnostic(
                LoadDiagnosticSeverity.Error, "restore", $"dotnet restore exited with code {process.ExitCode}", inputPath)];
        }

        return diagnostics;
    }

    private static void Collect(List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(line);
        }
    }
}
