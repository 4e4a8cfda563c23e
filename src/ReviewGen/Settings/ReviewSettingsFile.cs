using System.Text.Json;

namespace ReviewGen.Settings;

/// <summary>Finds and reads a repository's <c>reviewgen.json</c> (schema: <c>rules/reviewgen.schema.json</c>).</summary>
public static class ReviewSettingsFile
{
    public const string FileName = "reviewgen.json";

    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>
    /// The <c>reviewgen.json</c> of the solution folder, else of its parents up to the repository root (the nearest
    /// folder holding a <c>.git</c> folder or file); when the folder is in no git repository, only the folder itself
    /// is looked at, so that a stray file in a home or temporary folder never configures an unrelated solution.
    /// Null when none.
    /// </summary>
    public static string? Find(string solutionDirectory)
    {
        var folders = Ancestors(new DirectoryInfo(Path.GetFullPath(solutionDirectory))).ToArray();
        var repositoryRoot = Array.FindIndex(folders, IsRepositoryRoot);
        return folders.Take(repositoryRoot < 0 ? 1 : repositoryRoot + 1)
            .Select(folder => Path.Combine(folder.FullName, FileName))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Reads and validates the file; throws <see cref="SettingsException"/> on any problem.</summary>
    /// <param name="path">The file, as the user gave it or <see cref="Find"/> returned it; messages name it so.</param>
    /// <param name="knownRuleIds">The catalog's rule ids, which <c>"rules"</c> may name.</param>
    public static ReviewSettings Read(string path, IReadOnlySet<string> knownRuleIds)
    {
        using var document = Parse(path, ReadText(path));
        return new SettingsReader(path, knownRuleIds).Read(document.RootElement, Path.GetFullPath(path));
    }

    private static string ReadText(string path)
    {
        if (Directory.Exists(path))
        {
            throw new SettingsException($"{path}: is a folder; name the {FileName} file itself");
        }
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SettingsException($"{path}: no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SettingsException($"{path}: cannot be read: {e.Message}");
        }
    }

    private static JsonDocument Parse(string path, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SettingsException($"{path}: the file is empty; {{}} means the defaults");
        }
        try
        {
            return JsonDocument.Parse(text, Jsonc);
        }
        catch (JsonException e)
        {
            // The parser's message ends with its own zero-based position, which the line number given here replaces.
            var reason = e.Message.Split(" LineNumber:")[0].TrimEnd();
            throw new SettingsException($"{path}: line {(e.LineNumber ?? 0) + 1}: not valid JSON: {reason}");
        }
    }

    private static IEnumerable<DirectoryInfo> Ancestors(DirectoryInfo folder)
    {
        for (var current = folder; current is not null; current = current.Parent)
        {
            yield return current;
        }
    }

    private static bool IsRepositoryRoot(DirectoryInfo folder)
    {
        var git = Path.Combine(folder.FullName, ".git");
        return Directory.Exists(git) || File.Exists(git);
    }
}
