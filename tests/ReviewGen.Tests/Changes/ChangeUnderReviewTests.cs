using ReviewGen.Changes;
using ReviewGen.Loading;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Changes;

/// <summary>
/// The change stage against real git repositories (no analysis): the solution lives in a subfolder, so every path
/// must be converted between the solution's folder and the repository root.
/// </summary>
public sealed class ChangeUnderReviewTests : IDisposable
{
    private const string Solution = "services/app/App.sln";
    private const string Client = "services/app/src/Client.cs";

    private readonly ScratchRepository _repository = new("reviewgen-change-");

    public ChangeUnderReviewTests()
    {
        _repository.Write(Solution, "solution placeholder\n");
        _repository.Write(Client, "line 1\nline 2\nline 3\nline 4\n");
        _repository.Write("services/app/src/Moved.cs", "a\nb\nc\n");
        _repository.CommitAll("base");
        _repository.Git("checkout", "--quiet", "-b", "feature");
        _repository.Edit(Client, "line 3\n", "line 3 changed\n");
        _repository.Git("mv", "services/app/src/Moved.cs", "services/app/src/Renamed.cs");
        _repository.CommitAll("feature");
    }

    [Fact]
    public async Task The_working_tree_is_analyzed_in_place_with_its_edits_and_untracked_files()
    {
        _repository.Edit(Client, "line 1\n", "line 1 edited\n");
        _repository.Write("services/app/src/Untracked.cs", "x\ny\n");

        await using var change = await ChangeUnderReview.PrepareAsync(_repository.PathOf(Solution), "main", null, CancellationToken.None);

        Assert.Equal(_repository.PathOf(Solution), change.AnalysisInput);
        Assert.Equal("services/app", change.Paths.SolutionFolder);
        Assert.True(change.Changes.Touches(Client, 1, 1));
        Assert.True(change.Changes.Touches(Client, 3, 3));
        Assert.False(change.Changes.Touches(Client, 2, 2));
        Assert.True(change.Changes.Touches("services/app/src/Untracked.cs", 2, 2));
        Assert.Equal([Client, "services/app/src/Untracked.cs"], change.Changes.Paths);
    }

    [Fact]
    public async Task A_head_that_is_not_checked_out_is_analyzed_from_a_temporary_worktree_removed_afterwards()
    {
        _repository.Git("checkout", "--quiet", "main");
        string worktree;
        await using (var change = await ChangeUnderReview.PrepareAsync(_repository.PathOf(Solution), "main", "feature", CancellationToken.None))
        {
            worktree = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(change.AnalysisInput)))!;
            Assert.NotEqual(_repository.Root, worktree);
            Assert.Equal("App.sln", Path.GetFileName(change.AnalysisInput));
            Assert.Contains("line 3 changed", File.ReadAllText(Path.Combine(worktree, Client)));
            Assert.Equal(_repository.Git("rev-parse", "feature").Trim(), change.HeadCommit);
            Assert.Equal([Client], change.Changes.Paths);
        }

        Assert.False(Directory.Exists(worktree));
        Assert.Single(_repository.Git("worktree", "list", "--porcelain").Split('\n'), l => l.StartsWith("worktree ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_checked_out_head_of_a_clean_tree_is_analyzed_in_place()
    {
        await using var change = await ChangeUnderReview.PrepareAsync(_repository.PathOf("services/app"), "main", "feature", CancellationToken.None);

        Assert.Equal(_repository.PathOf("services/app"), change.AnalysisInput);
        Assert.Equal([Client], change.Changes.Paths);
    }

    [Fact]
    public async Task An_unknown_revision_is_one_clear_error()
    {
        var error = await Assert.ThrowsAsync<GitException>(() =>
            ChangeUnderReview.PrepareAsync(_repository.PathOf(Solution), "no-such-branch", null, CancellationToken.None));

        Assert.StartsWith("unknown revision 'no-such-branch'", error.Message);
    }

    [Fact]
    public async Task A_folder_outside_any_repository_is_one_clear_error()
    {
        using var outside = new TemporaryFolder("reviewgen-nogit-");
        File.WriteAllText(outside.File("App.sln"), "");

        var error = await Assert.ThrowsAsync<GitException>(() =>
            ChangeUnderReview.PrepareAsync(outside.File("App.sln"), "main", null, CancellationToken.None));

        Assert.Contains("is not in a git repository", error.Message);
    }

    [Fact]
    public async Task A_missing_input_is_invalid_input()
    {
        await Assert.ThrowsAsync<InvalidInputException>(() =>
            ChangeUnderReview.PrepareAsync(_repository.PathOf("nowhere/App.sln"), "main", null, CancellationToken.None));
    }

    public void Dispose() => _repository.Dispose();
}
