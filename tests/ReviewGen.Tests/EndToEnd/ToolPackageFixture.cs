using System.IO.Compression;
using System.Reflection;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>
/// Packs the CLI, installs the package as a tool and runs the installed tool, once for every test of the class. The
/// other end-to-end tests run reviewgen.dll from the test folder, where a file the package forgets is still present.
/// </summary>
public sealed class ToolPackageFixture : IAsyncLifetime
{
    private const string ToolFolderInPackage = "tools/net10.0/any/";

    private readonly string _root = Directory.CreateTempSubdirectory("reviewgen-tool-").FullName;

    // NuGet and the tool store key packages by id and version; a version of its own keeps a package packed by an earlier
    // run, or by a developer, from being installed in place of this one.
    public string Version { get; } = $"0.0.0-e2e-{Guid.NewGuid():N}";

    /// <summary>The package's files under the tool folder, relative to it, with '/' separators.</summary>
    public IReadOnlySet<string> PackagedToolFiles { get; private set; } = null!;

    public CliRunner.Result Review { get; private set; } = null!;

    public CliRunner.Result VersionRun { get; private set; } = null!;

    private string PackageFolder => Path.Combine(_root, "package");

    private string ToolExecutable => Path.Combine(_root, "tools", OperatingSystem.IsWindows() ? "reviewgen.exe" : "reviewgen");

    public async Task InitializeAsync()
    {
        // The artifacts path keeps this build out of the projects' bin and obj folders, which the version of its own
        // would otherwise make stale for the developer's next build.
        await RunDotnetAsync("pack", Path.Combine(RepositoryPaths.Root, "src", "ReviewGen.Cli", "ReviewGen.Cli.csproj"),
            "-c", TestConfiguration(), "-o", PackageFolder, "--artifacts-path", Path.Combine(_root, "artifacts"),
            $"-p:Version={Version}", "--disable-build-servers", "-nologo");
        PackagedToolFiles = ReadToolFiles(Path.Combine(PackageFolder, $"ReviewGen.{Version}.nupkg"));
        await RunDotnetAsync("tool", "install", "ReviewGen", "--tool-path", Path.Combine(_root, "tools"),
            "--add-source", PackageFolder, "--version", Version);
        Review = await CliRunner.RunProcessAsync(ToolExecutable, ["analyze", RepositoryPaths.Sample, "--format", "json"], RepositoryPaths.Root);
        VersionRun = await CliRunner.RunProcessAsync(ToolExecutable, ["--version"], RepositoryPaths.Root);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    // Packing in the configuration the tests were built in reuses that configuration's restore and keeps one kind of
    // build per run.
    private static string TestConfiguration() =>
        typeof(ToolPackageFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    private static HashSet<string> ReadToolFiles(string packagePath)
    {
        using var package = ZipFile.OpenRead(packagePath);
        return package.Entries
            .Where(e => e.FullName.StartsWith(ToolFolderInPackage, StringComparison.Ordinal))
            .Select(e => e.FullName[ToolFolderInPackage.Length..])
            .ToHashSet(StringComparer.Ordinal);
    }

    private static async Task RunDotnetAsync(params string[] arguments)
    {
        var result = await CliRunner.RunProcessAsync("dotnet", arguments, RepositoryPaths.Root);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"dotnet {string.Join(' ', arguments)} exited with {result.ExitCode}:\n{result.StandardOutput}\n{result.StandardError}");
        }
    }
}
