namespace ReviewGen.Loading;

/// <summary>The .NET installation this process runs on, which is also the one MSBuildLocator registers.</summary>
internal static class DotnetInstallation
{
    /// <summary>
    /// Found from the running runtime (<c>root/shared/Microsoft.NETCore.App/&lt;version&gt;/</c>) rather than PATH, so the
    /// SDK check, restore and reference assemblies all use the same installation even when PATH names another one.
    /// </summary>
    public static string RootDirectory { get; } =
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    public static string DotnetExecutable
    {
        get
        {
            var candidate = Path.Combine(RootDirectory, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
            return File.Exists(candidate) ? candidate : "dotnet";
        }
    }
}
