namespace ReviewGen.Loading;

/// <summary>Turns what the user typed into the one solution or project file to load.</summary>
internal static class InputResolver
{
    private static readonly string[] SolutionExtensions = [".sln", ".slnx"];
    private const string ProjectExtension = ".csproj";

    /// <returns>The absolute path of a .sln, .slnx or .csproj file.</returns>
    /// <exception cref="InvalidInputException">The input names nothing loadable, or more than one candidate.</exception>
    public static string Resolve(string inputPath)
    {
        var fullPath = Path.GetFullPath(inputPath);
        if (Directory.Exists(fullPath))
        {
            return ResolveFolder(fullPath);
        }

        if (!File.Exists(fullPath))
        {
            throw new InvalidInputException($"Input not found: {inputPath}");
        }

        var extension = Path.GetExtension(fullPath);
        if (!IsSolution(fullPath) && !extension.Equals(ProjectExtension, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidInputException(
                $"Unsupported input {inputPath}: expected a .sln, .slnx or .csproj file, or a folder holding one");
        }

        return fullPath;
    }

    public static bool IsSolution(string path) =>
        SolutionExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>A solution is preferred because a project in the same folder is usually one of its members.</summary>
    private static string ResolveFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder).ToList();
        var solutions = files.Where(IsSolution).ToList();
        if (solutions.Count > 0)
        {
            return Single(folder, solutions, "solutions");
        }

        var projects = files.Where(f => Path.GetExtension(f).Equals(ProjectExtension, StringComparison.OrdinalIgnoreCase)).ToList();
        if (projects.Count > 0)
        {
            return Single(folder, projects, "C# projects");
        }

        throw new InvalidInputException($"No .sln, .slnx or .csproj file in {folder}");
    }

    private static string Single(string folder, List<string> candidates, string kind)
    {
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var names = candidates.Select(c => PathDisplay.Relative(folder, c)).Order(StringComparer.Ordinal);
        throw new InvalidInputException($"Several {kind} in {folder} ({string.Join(", ", names)}); pass one of them");
    }
}
