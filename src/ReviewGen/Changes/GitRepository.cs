namespace ReviewGen.Changes;

/// <summary>The questions the review of a change asks git, each one command, answered with commit ids and paths.</summary>
public sealed class GitRepository
{
    private readonly GitRunner _git;

    private GitRepository(string root)
    {
        Root = root;
        _git = new GitRunner(root);
    }

    /// <summary>The repository's top folder, as git names it.</summary>
    public string Root { get; }

    /// <exception cref="GitException"><paramref name="folder"/> is not inside a git repository, or git is missing.</exception>
    public static async Task<GitRepository> OpenAsync(string folder, CancellationToken ct)
    {
        var (exitCode, output, error) = await new GitRunner(folder).RunAllowingFailureAsync(["rev-parse", "--show-toplevel"], ct).ConfigureAwait(false);
        if (exitCode != 0)
        {
            var reason = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            throw new GitException($"{folder} is not in a git repository{(reason is null ? "" : $" ({reason})")}");
        }
        return new GitRepository(output.Trim());
    }

    /// <summary>Where <paramref name="folder"/> (inside this repository) is relative to its root: "" or "src/app".</summary>
    public async Task<string> FolderOfAsync(string folder, CancellationToken ct)
    {
        // Asked of git in that folder rather than computed from paths: the root git reports has symbolic links resolved
        // (/tmp against /private/tmp), the folder the user typed may not.
        var prefix = await new GitRunner(folder).RunAsync(["rev-parse", "--show-prefix"], ct).ConfigureAwait(false);
        return prefix.Trim().TrimEnd('/');
    }

    /// <summary>The commit id a revision names.</summary>
    /// <exception cref="GitException">It names no commit.</exception>
    public async Task<string> ResolveCommitAsync(string revision, CancellationToken ct)
    {
        var (exitCode, output, _) = await _git.RunAllowingFailureAsync(
            ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], ct).ConfigureAwait(false);
        return exitCode == 0 ? output.Trim() : throw new GitException($"unknown revision '{revision}': it names no commit in {Root}");
    }

    /// <summary>The committer date of a commit, in UTC: the same commit gives the same date on every machine.</summary>
    public async Task<DateOnly> CommitDateAsync(string commit, CancellationToken ct)
    {
        var seconds = await _git.RunAsync(["show", "-s", "--format=%ct", commit, "--"], ct).ConfigureAwait(false);
        return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(long.Parse(seconds.Trim(), System.Globalization.CultureInfo.InvariantCulture)).UtcDateTime);
    }

    /// <summary>The URL of the remote named <c>origin</c>, or of the first remote; null when there is none.</summary>
    public async Task<string?> RemoteUrlAsync(CancellationToken ct)
    {
        var remotes = (await _git.RunAsync(["remote"], ct).ConfigureAwait(false))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var remote = remotes.Contains("origin") ? "origin" : remotes.Order(StringComparer.Ordinal).FirstOrDefault();
        return remote is null ? null : (await _git.RunAsync(["remote", "get-url", remote], ct).ConfigureAwait(false)).Trim();
    }

    /// <exception cref="GitException">The two commits share no history.</exception>
    public async Task<string> MergeBaseAsync(string baseCommit, string headCommit, CancellationToken ct)
    {
        var (exitCode, output, error) = await _git.RunAllowingFailureAsync(["merge-base", baseCommit, headCommit], ct).ConfigureAwait(false);
        return exitCode switch
        {
            0 => output.Trim(),
            1 => throw new GitException($"{baseCommit[..12]} and {headCommit[..12]} have no common ancestor"),
            _ => throw new GitException($"git merge-base failed: {error.Trim()}"),
        };
    }

    /// <summary>
    /// The diff from <paramref name="mergeBase"/> to <paramref name="headCommit"/>, or to the working tree (staged and
    /// unstaged edits of tracked files) when it is null. No context lines, renames followed, no external tools.
    /// </summary>
    public Task<string> DiffAsync(string mergeBase, string? headCommit, CancellationToken ct)
    {
        List<string> arguments =
        [
            "diff", "--no-color", "--no-ext-diff", "--no-textconv", "--no-relative", "-M", "--unified=0",
            "--src-prefix=a/", "--dst-prefix=b/", mergeBase,
        ];
        if (headCommit is not null)
            arguments.Add(headCommit);
        arguments.Add("--");
        return _git.RunAsync(arguments, ct);
    }

    /// <summary>Files in the working tree that git does not track and does not ignore, relative to the root.</summary>
    public async Task<IReadOnlyList<string>> UntrackedFilesAsync(CancellationToken ct)
    {
        // -z: names unquoted, NUL-terminated.
        var output = await _git.RunAsync(["ls-files", "-z", "--others", "--exclude-standard", "--full-name"], ct).ConfigureAwait(false);
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>No staged, unstaged or untracked change: the working tree is exactly HEAD.</summary>
    public async Task<bool> IsCleanAsync(CancellationToken ct) =>
        (await _git.RunAsync(["status", "--porcelain", "-z"], ct).ConfigureAwait(false)).Length == 0;

    public Task AddWorktreeAsync(string folder, string commit, CancellationToken ct) =>
        _git.RunAsync(["worktree", "add", "--detach", "--quiet", folder, commit], ct);

    /// <summary>Removes a worktree this run added, whatever it holds now (restore leaves obj/ folders in it).</summary>
    public async Task RemoveWorktreeAsync(string folder)
    {
        await _git.RunAllowingFailureAsync(["worktree", "remove", "--force", folder], CancellationToken.None).ConfigureAwait(false);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
            await _git.RunAllowingFailureAsync(["worktree", "prune"], CancellationToken.None).ConfigureAwait(false);
        }
    }
}
