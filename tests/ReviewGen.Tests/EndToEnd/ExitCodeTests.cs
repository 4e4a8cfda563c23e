using ReviewGen.Cli;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>The documented exit codes, through the real process: bad input is one line on stderr and never a stack trace.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public async Task A_missing_path_is_bad_input()
    {
        var result = await CliRunner.RunAsync("analyze", "does/not/exist.sln");

        AssertOneLineError(result, ExitCodes.BadInput, "does/not/exist.sln");
    }

    [Fact]
    public async Task An_invalid_format_lists_the_valid_ones()
    {
        var result = await CliRunner.RunAsync("analyze", RepositoryPaths.Sample, "--format", "pdf");

        AssertOneLineError(result, ExitCodes.BadInput, "md, html, sarif, json");
    }

    [Fact]
    public async Task An_invalid_severity_lists_the_valid_ones()
    {
        var result = await CliRunner.RunAsync("analyze", RepositoryPaths.Sample, "--fail-on", "severe");

        AssertOneLineError(result, ExitCodes.BadInput, "none, info, low, medium, high, critical");
    }

    [Fact]
    public async Task An_invalid_category_lists_the_valid_ones()
    {
        var result = await CliRunner.RunAsync("analyze", RepositoryPaths.Sample, "--category", "crypto");

        AssertOneLineError(result, ExitCodes.BadInput, "init-cleanup, certificates, error-handling, sessions, ciphers-protocols, psk, ocsp-revocation");
    }

    [Fact]
    public async Task A_parallelism_below_one_is_bad_usage()
    {
        var result = await CliRunner.RunAsync("analyze", RepositoryPaths.Sample, "--max-parallelism", "0");

        AssertOneLineError(result, ExitCodes.BadInput, "1 or more");
    }

    [Fact]
    public async Task An_unknown_option_is_bad_usage()
    {
        var result = await CliRunner.RunAsync("analyze", RepositoryPaths.Sample, "--colour");

        AssertOneLineError(result, ExitCodes.BadInput, "--colour");
    }

    [Fact]
    public async Task Several_formats_without_an_output_folder_is_bad_usage()
    {
        var result = await CliRunner.RunAsync("analyze", RepositoryPaths.Sample, "--format", "md", "html");

        AssertOneLineError(result, ExitCodes.BadInput, "-o DIR");
    }

    [Fact]
    public async Task An_existing_output_is_not_overwritten_without_force()
    {
        using var folder = new TemporaryFolder("reviewgen-out-");
        var target = folder.File("review.md");
        File.WriteAllText(target, "mine");

        var result = await CliRunner.RunAsync("analyze", RepositoryPaths.Sample, "-o", target);

        AssertOneLineError(result, ExitCodes.BadInput, "--force");
        Assert.Equal("mine", File.ReadAllText(target));
    }

    [Fact]
    public async Task A_folder_with_two_solutions_lists_them()
    {
        using var folder = new TemporaryFolder("reviewgen-two-");
        File.WriteAllText(folder.File("One.sln"), "");
        File.WriteAllText(folder.File("Two.sln"), "");

        var result = await CliRunner.RunAsync("analyze", folder.Path);

        AssertOneLineError(result, ExitCodes.BadInput, "One.sln");
        Assert.Contains("Two.sln", result.StandardError);
    }

    [Fact]
    public async Task A_global_json_pinning_a_missing_sdk_stops_the_load()
    {
        using var folder = new TemporaryFolder("reviewgen-pinned-");
        File.WriteAllText(folder.File("global.json"), """{ "sdk": { "version": "6.0.100", "rollForward": "disable" } }""");
        File.WriteAllText(folder.File("Pinned.csproj"), """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");

        var result = await CliRunner.RunAsync("analyze", folder.Path);

        AssertOneLineError(result, ExitCodes.NothingLoaded, "6.0.100");
    }

    [Fact]
    public async Task Help_and_version_succeed()
    {
        var help = await CliRunner.RunAsync("analyze", "--help");
        var version = await CliRunner.RunAsync("--version");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--fail-on", help.StandardOutput);
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.StandardOutput.Trim());
    }

    [Fact]
    public async Task Ctrl_c_cancels_with_130_and_writes_nothing()
    {
        // Signals are a POSIX matter; on Windows, Ctrl+C reaches a console process differently and is not tested here.
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var folder = new TemporaryFolder("reviewgen-cancelled-");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                CliRunner.ToolPath, "analyze", Path.Combine(RepositoryPaths.Fixtures, "RuleCorpus", "RuleCorpus.sln"), "--format", "md", "json", "-o", folder.Path,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);

        Assert.Equal(ExitCodes.Cancelled, process.ExitCode);
        Assert.Equal("reviewgen: cancelled", (await error).Trim());
        Assert.Equal("", await output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    internal static void AssertOneLineError(CliRunner.Result result, int exitCode, string expected)
    {
        Assert.True(exitCode == result.ExitCode, $"exit {result.ExitCode}, stderr: {result.StandardError}");
        var lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("reviewgen: ", lines[0]);
        Assert.Contains(expected, lines[0]);
        Assert.DoesNotContain("   at ", result.StandardError);
    }
}
