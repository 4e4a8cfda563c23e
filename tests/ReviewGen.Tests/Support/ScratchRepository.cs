using System.Diagnostics;

namespace ReviewGen.Tests.Support;

/// <summary>
/// A git repository of the test's own under the temporary folder, on branch main, deleted when disposed. Commits are
/// made with a fixed identity and no signing, whatever the machine's git configuration says.
/// </summary>
public sealed class ScratchRepository : IDisposable
{
    private readonly TemporaryFolder _folder;

    public ScratchRepository(string prefix)
    {
        _folder = new TemporaryFolder(prefix);
        Git("init", "--quiet", "--initial-branch=main");
    }

    public string Root => _folder.Path;

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public void Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Replaces the one occurrence of <paramref name="find"/> in a file; fails when there is none or several.</summary>
    public void Edit(string relativePath, string find, string replacement)
    {
        var text = File.ReadAllText(PathOf(relativePath));
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException($"'{find}' is not in {relativePath} exactly once");
        File.WriteAllText(PathOf(relativePath), text[..at] + replacement + text[(at + find.Length)..]);
    }

    /// <summary>Copies a folder into the repository, without build output.</summary>
    public void Copy(string sourceFolder, string relativeTarget) => FolderCopy.WithoutBuildOutput(sourceFolder, Path.Combine(Root, relativeTarget));

    public void CommitAll(string message)
    {
        Git("add", "--all");
        Git("-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", message);
    }

    /// <summary>Standard output of a git command in the repository; a failure fails the test with git's message.</summary>
    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error.Result}");
    }

    public void Dispose() => _folder.Dispose();
}
