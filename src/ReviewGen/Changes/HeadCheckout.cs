namespace ReviewGen.Changes;

/// <summary>
/// The head's files on disk, for the analysis to load: the working tree itself, or, for a head that is not checked
/// out, a temporary detached worktree that disposing removes (a cancelled run disposes it too).
/// </summary>
public sealed class HeadCheckout : IAsyncDisposable
{
    private readonly GitRepository _repository;

    private HeadCheckout(GitRepository repository, string root, string commit, bool isWorkingTree)
    {
        _repository = repository;
        Root = root;
        Commit = commit;
        IsWorkingTree = isWorkingTree;
    }

    /// <summary>The folder that holds the head's files: the repository root, or the temporary worktree.</summary>
    public string Root { get; }

    /// <summary>The head commit; for the working tree, HEAD (the commit its edits are on).</summary>
    public string Commit { get; }

    /// <summary>The head is the working tree: its edits and untracked files are part of the change.</summary>
    public bool IsWorkingTree { get; }

    /// <param name="headRevision">Null for the working tree.</param>
    public static async Task<HeadCheckout> OpenAsync(GitRepository repository, string? headRevision, CancellationToken ct)
    {
        var current = await repository.ResolveCommitAsync("HEAD", ct).ConfigureAwait(false);
        if (headRevision is null)
            return new HeadCheckout(repository, repository.Root, current, isWorkingTree: true);

        var head = await repository.ResolveCommitAsync(headRevision, ct).ConfigureAwait(false);
        if (head == current && await repository.IsCleanAsync(ct).ConfigureAwait(false))
            return new HeadCheckout(repository, repository.Root, head, isWorkingTree: false);

        var folder = Directory.CreateTempSubdirectory("reviewgen-head-").FullName;
        try
        {
            await repository.AddWorktreeAsync(folder, head, ct).ConfigureAwait(false);
        }
        catch
        {
            await repository.RemoveWorktreeAsync(folder).ConfigureAwait(false);
            throw;
        }
        return new HeadCheckout(repository, folder, head, isWorkingTree: false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Root != _repository.Root)
            await _repository.RemoveWorktreeAsync(Root).ConfigureAwait(false);
    }
}
