using System.Diagnostics;

namespace ReviewGen.Tests.Support;

/// <summary>Runs the real command-line tool (the built reviewgen.dll) as its own process, as a user would.</summary>
public static class CliRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static string ToolPath => Path.Combine(AppContext.BaseDirectory, "reviewgen.dll");

    public static Task<Result> RunAsync(params string[] arguments) => RunInAsync(RepositoryPaths.Root, arguments);

    public static Task<Result> RunInAsync(string workingDirectory, params string[] arguments) =>
        RunProcessAsync("dotnet", [ToolPath, .. arguments], workingDirectory);

    /// <param name="environment">Variables set for the tool's process on top of the test process's own.</param>
    public static Task<Result> RunWithEnvironmentAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunProcessAsync("dotnet", [ToolPath, .. arguments], workingDirectory, environment);

    public static async Task<Result> RunProcessAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} ran longer than {Timeout}");
        }
        return new Result(process.ExitCode, await output, await error);
    }
}
