namespace ReviewGen.Loading;

/// <summary>The SDKs of the running .NET installation, read from its <c>sdk</c> folder (what <c>dotnet --list-sdks</c> prints, without a process).</summary>
internal static class InstalledSdks
{
    public static IReadOnlyList<SdkVersion> List()
    {
        var sdkDirectory = Path.Combine(DotnetInstallation.RootDirectory, "sdk");
        if (!Directory.Exists(sdkDirectory))
        {
            return [];
        }

        return Directory.EnumerateDirectories(sdkDirectory)
            .Select(Path.GetFileName)
            .Select(name => SdkVersion.TryParse(name!, out var version) ? version : null)
            .OfType<SdkVersion>()
            .Order()
            .ToList();
    }
}
