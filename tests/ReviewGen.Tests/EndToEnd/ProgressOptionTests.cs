using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>
/// What the tool prints beside the review. The test runner redirects standard error, which is how a script sees the
/// tool too: no progress then, and with --verbose the time of each stage, even with --quiet.
/// </summary>
public sealed class ProgressOptionTests
{
    [Fact]
    public async Task A_redirected_run_prints_nothing_but_the_review()
    {
        using var folder = TinyProject();

        var result = await CliRunner.RunAsync("analyze", folder.Path);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal("", result.StandardError);
        Assert.Contains("# TLS security review of", result.StandardOutput);
    }

    [Fact]
    public async Task Verbose_prints_the_time_of_each_stage_in_order()
    {
        using var folder = TinyProject();

        var result = await CliRunner.RunAsync("analyze", folder.Path, "--quiet", "--verbose");

        Assert.True(result.ExitCode == 0, result.StandardError);
        var lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["load", "discovery", "rules", "review", "render"], lines.Select(l => l.Split(' ')[1]));
        Assert.All(lines, l => Assert.Matches(@"^reviewgen: [a-z]+ \d+\.\d\d s$", l));
    }

    /// <summary>A project with one TLS call and no package, so its restore needs no feed.</summary>
    private static TemporaryFolder TinyProject()
    {
        var folder = new TemporaryFolder("reviewgen-progress-");
        File.WriteAllText(folder.File("Tiny.csproj"), """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        File.WriteAllText(folder.File("Client.cs"), """
            using System.Net.Security;
            using System.Net.Sockets;

            public static class Client
            {
                public static SslStream Open(TcpClient tcp) => new SslStream(tcp.GetStream());
            }
            """);
        return folder;
    }
}
