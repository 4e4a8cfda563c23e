using ReviewGen.Loading;

namespace ReviewGen.Changes;

/// <summary>
/// Entry point of the change stage: a pull request's change, ready for the analysis. It finds the repository that
/// holds the input, checks out the head where the analysis can load it, and reads which lines the change touched
/// since the merge base. Disposing it removes a temporary checkout.
/// </summary>
public sealed class ChangeUnderReview : IAsyncDisposable
{
    private readonly HeadCheckout _head;

    private ChangeUnderReview(HeadCheckout head, string analysisInput, string mergeBase, ChangeSet changes, RepositoryPathMap paths)
    {
        _head = head;
        AnalysisInput = analysisInput;
        MergeBase = mergeBase;
        Changes = changes;
        Paths = paths;
    }

    /// <summary>The input path to analyze: the user's, or the same file in the temporary checkout of the head.</summary>
    public string AnalysisInput { get; }

    /// <summary>The commit the analyzed files come from (HEAD when the working tree is analyzed).</summary>
    public string HeadCommit => _head.Commit;

    public string MergeBase { get; }

    public ChangeSet Changes { get; }

    public RepositoryPathMap Paths { get; }

    /// <param name="inputPath">A solution, project or folder inside a git repository, as the user typed it.</param>
    /// <param name="baseRevision">The pull request's base (a branch, tag or commit).</param>
    /// <param name="headRevision">The head to review; null for the working tree.</param>
    /// <exception cref="InvalidInputException">The input does not exist.</exception>
    /// <exception cref="GitException">No repository, an unknown revision, no common history, or git missing.</exception>
    public static async Task<ChangeUnderReview> PrepareAsync(string inputPath, string baseRevision, string? headRevision, CancellationToken ct)
    {
        var input = Path.GetFullPath(inputPath);
        var isFolder = Directory.Exists(input);
        if (!isFolder && !File.Exists(input))
            throw new InvalidInputException($"Input not found: {inputPath}");
        var folder = isFolder ? input : Path.GetDirectoryName(input)!;

        var repository = await GitRepository.OpenAsync(folder, ct).ConfigureAwait(false);
        var solutionFolder = await repository.FolderOfAsync(folder, ct).ConfigureAwait(false);
        var baseCommit = await repository.ResolveCommitAsync(baseRevision, ct).ConfigureAwait(false);
        var head = await HeadCheckout.OpenAsync(repository, headRevision, ct).ConfigureAwait(false);
        try
        {
            var mergeBase = await repository.MergeBaseAsync(baseCommit, head.Commit, ct).ConfigureAwait(false);
            var diff = await repository.DiffAsync(mergeBase, head.IsWorkingTree ? null : head.Commit, ct).ConfigureAwait(false);
            var untracked = head.IsWorkingTree ? await repository.UntrackedFilesAsync(ct).ConfigureAwait(false) : [];
            var changes = ChangeSet.From(UnifiedDiffParser.Parse(diff), untracked);
            var analysisInput = head.Root == repository.Root
                ? input
                : Path.Combine(head.Root, solutionFolder, isFolder ? "" : Path.GetFileName(input));
            return new ChangeUnderReview(head, analysisInput, mergeBase, changes, new RepositoryPathMap(solutionFolder));
        }
        catch
        {
            await head.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public ValueTask DisposeAsync() => _head.DisposeAsync();
}
