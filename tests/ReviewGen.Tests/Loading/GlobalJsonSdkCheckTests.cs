using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class GlobalJsonSdkCheckTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("reviewgen-globaljson-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task A_pin_no_installed_SDK_satisfies_stops_the_load_and_names_the_file()
    {
        var folder = FixturePaths.Of("GlobalJsonPinned");
        var installed = string.Join(", ", InstalledSdks.List());
        var error = await Assert.ThrowsAsync<NothingLoadedException>(() =>
            SolutionLoader.LoadAsync(new LoadRequest(folder, Restore: true), null, CancellationToken.None));
        Assert.Equal(
            $"global.json at {Path.Combine(folder, "global.json")} pins .NET SDK 6.0.100 (rollForward: disable); installed: {installed}",
            error.Message);
    }

    [Fact]
    public void The_policy_defaults_to_latestPatch()
    {
        WriteGlobalJson("""{ "sdk": { "version": "10.0.400" } }""");
        var nested = Directory.CreateDirectory(Path.Combine(_temp, "src", "App")).FullName;
        GlobalJsonSdkCheck.Ensure(nested, [Version("10.0.401")]);
        var error = Assert.Throws<NothingLoadedException>(() => GlobalJsonSdkCheck.Ensure(nested, [Version("10.0.300")]));
        Assert.Contains("(rollForward: latestPatch); installed: 10.0.300", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_global_json_without_an_sdk_version_pins_nothing()
    {
        WriteGlobalJson("""{ "msbuild-sdks": { "Some.Sdk": "1.0.0" } }""");
        GlobalJsonSdkCheck.Ensure(_temp, []);
    }

    [Fact]
    public void Comments_and_allowPrerelease_are_read_as_the_resolver_reads_them()
    {
        WriteGlobalJson("""
            {
              // the resolver accepts comments
              "sdk": { "version": "10.0.100", "rollForward": "latestFeature", "allowPrerelease": false, },
            }
            """);
        var error = Assert.Throws<NothingLoadedException>(() => GlobalJsonSdkCheck.Ensure(_temp, [Version("10.0.200-preview.1")]));
        Assert.Contains("installed: 10.0.200-preview.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_policy_lists_the_valid_ones()
    {
        WriteGlobalJson("""{ "sdk": { "version": "10.0.100", "rollForward": "sideways" } }""");
        var error = Assert.Throws<InvalidInputException>(() => GlobalJsonSdkCheck.Ensure(_temp, [Version("10.0.100")]));
        Assert.EndsWith("unknown rollForward \"sideways\"; valid: patch, feature, minor, major, latestPatch, latestFeature, latestMinor, latestMajor, disable", error.Message, StringComparison.Ordinal);
    }

    private void WriteGlobalJson(string text) => File.WriteAllText(Path.Combine(_temp, "global.json"), text);

    private static SdkVersion Version(string text) => SdkVersion.TryParse(text, out var version) ? version : throw new ArgumentException(text);
}
