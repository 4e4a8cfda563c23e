namespace ReviewGen.Changes;

/// <summary>
/// Which source an audit reviewed, as git knows it: the repository, the commit checked out and whether the working
/// tree differs from it. An audit is reproducible only from a clean commit, and the report must say when it is not.
/// </summary>
/// <param name="Repository">The remote's URL without credentials, or the repository folder's name; outside git, the folder's name.</param>
/// <param name="Commit">The full id of HEAD; null outside git or before the first commit.</param>
/// <param name="CommitDate">HEAD's committer date in UTC; null when there is no commit.</param>
/// <param name="State">How the reviewed files relate to <paramref name="Commit"/>.</param>
public sealed record ReviewedSource(string Repository, string? Commit, DateOnly? CommitDate, ReviewedSourceState State)
{
    /// <summary>Asks git about the folder that holds <paramref name="inputPath"/> (a solution or project file, or a folder).</summary>
    public static async Task<ReviewedSource> ReadAsync(string inputPath, CancellationToken ct)
    {
        var full = Path.GetFullPath(inputPath);
        var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        GitRepository repository;
        try
        {
            repository = await GitRepository.OpenAsync(folder, ct).ConfigureAwait(false);
        }
        catch (GitException)
        {
            return new ReviewedSource(Path.GetFileName(folder), null, null, ReviewedSourceState.NotGit);
        }
        var name = WithoutCredentials(await repository.RemoteUrlAsync(ct).ConfigureAwait(false)) ?? Path.GetFileName(repository.Root);
        string commit;
        try
        {
            commit = await repository.ResolveCommitAsync("HEAD", ct).ConfigureAwait(false);
        }
        catch (GitException)
        {
            return new ReviewedSource(name, null, null, ReviewedSourceState.NoCommit);
        }
        var date = await repository.CommitDateAsync(commit, ct).ConfigureAwait(false);
        var state = await repository.IsCleanAsync(ct).ConfigureAwait(false) ? ReviewedSourceState.Clean : ReviewedSourceState.Uncommitted;
        return new ReviewedSource(name, commit, date, state);
    }

    /// <summary>A remote URL may carry a user and token (https://user:token@host/…); a report handed to a client must not.</summary>
    public static string? WithoutCredentials(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.UserInfo.Length == 0 || uri.IsFile)
            return url;
        return new UriBuilder(uri) { UserName = "", Password = "" }.Uri.ToString();
    }
}
