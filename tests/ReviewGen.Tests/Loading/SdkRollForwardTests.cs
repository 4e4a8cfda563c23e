using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class SdkRollForwardTests
{
    private static readonly string[] Installed = ["8.0.100", "8.0.110", "8.0.303", "8.0.401", "9.0.100", "9.0.300", "10.0.100-rc.2.25502.107", "10.0.401"];

    [Theory]
    [InlineData("8.0.110", "disable", "8.0.110")]
    [InlineData("8.0.105", "disable", null)]
    [InlineData("8.0.105", "patch", "8.0.110")]
    [InlineData("8.0.110", "patch", "8.0.110")]
    [InlineData("8.0.100", "latestPatch", "8.0.110")]
    [InlineData("8.0.111", "latestPatch", null)]
    [InlineData("8.0.111", "feature", "8.0.303")]
    [InlineData("8.0.111", "latestFeature", "8.0.401")]
    [InlineData("8.0.402", "feature", null)]
    [InlineData("8.0.402", "minor", null)]
    [InlineData("8.0.402", "major", "9.0.100")]
    [InlineData("8.0.402", "latestMajor", "10.0.401")]
    [InlineData("9.0.101", "minor", "9.0.300")]
    [InlineData("9.0.101", "latestMinor", "9.0.300")]
    [InlineData("6.0.100", "disable", null)]
    [InlineData("6.0.100", "latestMajor", "10.0.401")]
    public void Selects_as_the_SDK_resolver_does(string requested, string policy, string? expected)
    {
        var selected = Select(requested, policy, allowPrerelease: true, Installed);
        Assert.Equal(expected, selected?.ToString());
    }

    [Fact]
    public void Prereleases_are_skipped_unless_allowed()
    {
        string[] installed = ["10.0.100-rc.2.25502.107"];
        Assert.Null(Select("10.0.100-rc.1.1", "latestPatch", allowPrerelease: false, installed));
        Assert.Equal("10.0.100-rc.2.25502.107", Select("10.0.100-rc.1.1", "latestPatch", allowPrerelease: true, installed)?.ToString());
    }

    [Fact]
    public void A_release_sorts_after_its_prereleases()
    {
        string[] installed = ["10.0.100-rc.2.25502.107", "10.0.100"];
        Assert.Equal("10.0.100", Select("10.0.100-rc.1.1", "latestPatch", allowPrerelease: true, installed)?.ToString());
    }

    private static SdkVersion? Select(string requested, string policy, bool allowPrerelease, IEnumerable<string> installed)
    {
        Assert.True(SdkVersion.TryParse(requested, out var version));
        return SdkRollForward.Select(
            version,
            Enum.Parse<SdkRollForwardPolicy>(policy, ignoreCase: true),
            allowPrerelease,
            installed.Select(v => SdkVersion.TryParse(v, out var parsed) ? parsed : throw new ArgumentException(v)));
    }
}
