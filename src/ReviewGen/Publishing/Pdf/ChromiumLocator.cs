namespace ReviewGen.Publishing.Pdf;

/// <summary>Finds the Chromium to print with: the path the user gave, else the first Chromium or Chrome on PATH.</summary>
public static class ChromiumLocator
{
    /// <summary>The names distributions and Google's packages install the browser under, most common first.</summary>
    public static IReadOnlyList<string> CommandNames { get; } = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    public const string InstallHint = "install it (Debian/Ubuntu: apt-get install chromium) or pass --browser PATH";

    /// <summary>The full path of the browser to run.</summary>
    /// <param name="explicitPath">The user's <c>--browser</c> value, or null to search PATH.</param>
    /// <exception cref="BrowserException">The given path is not a file, or nothing on PATH is a Chromium.</exception>
    public static string Locate(string? explicitPath) => Locate(explicitPath, Environment.GetEnvironmentVariable("PATH"));

    internal static string Locate(string? explicitPath, string? searchPath)
    {
        if (explicitPath is not null)
        {
            var full = Path.GetFullPath(explicitPath);
            return File.Exists(full) ? full : throw new BrowserException($"no browser at {full}: {InstallHint}");
        }
        var directories = (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in CommandNames)
        {
            foreach (var directory in directories)
            {
                var candidate = Path.Combine(directory, name);
                if (IsExecutableFile(candidate))
                {
                    return candidate;
                }
            }
        }
        throw new BrowserException($"no Chromium found on PATH ({string.Join(", ", CommandNames)}): {InstallHint}");
    }

    private static bool IsExecutableFile(string path) =>
        File.Exists(path) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
}
