namespace ReviewGen.Tests.Support;

/// <summary>Where the repository's folders are, found from the test binaries upward.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Sample => Path.Combine(Root, "samples", "TlsSample", "TlsSample.sln");

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReviewGen.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"ReviewGen.sln not found above {AppContext.BaseDirectory}");
    }
}
