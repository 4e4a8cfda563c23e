using ReviewGen.Settings;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Settings;

/// <summary>Where <see cref="ReviewSettingsFile.Find"/> looks: the solution folder, then its parents up to the repository root.</summary>
public sealed class ReviewSettingsFindTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("reviewgen-find-");

    public void Dispose() => _folder.Dispose();

    private string Folder(string relative) => Directory.CreateDirectory(Path.Combine(_folder.Path, relative)).FullName;

    private string Settings(string relativeFolder)
    {
        var path = Path.Combine(Folder(relativeFolder), ReviewSettingsFile.FileName);
        File.WriteAllText(path, "{}");
        return path;
    }

    [Fact]
    public void The_solution_folders_own_file_comes_first()
    {
        Folder("repo/.git");
        Settings("repo");
        var own = Settings("repo/src/App");

        Assert.Equal(own, ReviewSettingsFile.Find(Path.Combine(_folder.Path, "repo/src/App")));
    }

    [Fact]
    public void A_parent_up_to_the_repository_root_is_used()
    {
        Folder("repo/.git");
        var atRoot = Settings("repo");

        Assert.Equal(atRoot, ReviewSettingsFile.Find(Folder("repo/src/App")));
    }

    [Fact]
    public void A_git_file_marks_the_root_as_a_git_folder_does()
    {
        File.WriteAllText(Path.Combine(Folder("worktree"), ".git"), "gitdir: /elsewhere/.git/worktrees/worktree\n");
        var atRoot = Settings("worktree");

        Assert.Equal(atRoot, ReviewSettingsFile.Find(Folder("worktree/src")));
    }

    [Fact]
    public void The_search_stops_at_the_repository_root()
    {
        Settings("outside");
        Folder("outside/repo/.git");

        Assert.Null(ReviewSettingsFile.Find(Folder("outside/repo/src/App")));
    }

    [Fact]
    public void Outside_any_repository_only_the_folder_itself_is_looked_at()
    {
        var own = Settings("plain");

        Assert.Null(ReviewSettingsFile.Find(Folder("plain/src")));
        Assert.Equal(own, ReviewSettingsFile.Find(Path.Combine(_folder.Path, "plain")));
    }
}
