namespace ReviewGen.Loading;

/// <summary>Paths as reports show them: relative to the solution folder, forward slashes on every OS.</summary>
public static class PathDisplay
{
    public static string Relative(string rootDirectory, string absolutePath) =>
        Path.GetRelativePath(rootDirectory, absolutePath).Replace('\\', '/');
}
