namespace ReviewGen.Tests.Loading;

internal static class FixturePaths
{
    /// <summary>tests/fixtures/Loading, found from the test binaries upward so the tests run from any working directory.</summary>
    public static string Root { get; } = FindRoot();

    public static string Of(string relativePath) =>
        Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "fixtures", "Loading");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/fixtures/Loading not found above " + AppContext.BaseDirectory);
    }
}
