using ReviewGen.Changes;

namespace ReviewGen.Tests.Changes;

public sealed class ChangeSetTests
{
    private static readonly ChangeSet Changes = ChangeSet.From(
        [
            new FileChange("src/A.cs", "src/A.cs", FileChangeKind.Modified, false, [5, 9, 10]),
            new FileChange("old/B.cs", "src/B.cs", FileChangeKind.Renamed, false, []),
            new FileChange("src/Gone.cs", null, FileChangeKind.Deleted, false, []),
        ],
        ["src/New.cs"]);

    [Theory]
    [InlineData(5, 5, true)]
    [InlineData(1, 5, true)]
    [InlineData(6, 8, false)]
    [InlineData(8, 9, true)]
    [InlineData(10, 40, true)]
    [InlineData(11, 40, false)]
    [InlineData(1, 4, false)]
    public void A_range_is_touched_when_a_touched_line_is_inside_it(int start, int end, bool touched)
    {
        Assert.Equal(touched, Changes.Touches("src/A.cs", start, end));
    }

    [Fact]
    public void An_untracked_file_is_touched_everywhere()
    {
        Assert.True(Changes.Touches("src/New.cs", 1000, 1002));
    }

    [Fact]
    public void A_rename_without_edits_and_other_files_are_not_touched()
    {
        Assert.False(Changes.Touches("src/B.cs", 1, 100));
        Assert.False(Changes.Touches("old/B.cs", 1, 100));
        Assert.False(Changes.Touches("src/a.cs", 5, 5));
    }

    [Fact]
    public void Paths_lists_the_touched_files_sorted()
    {
        Assert.Equal(["src/A.cs", "src/New.cs"], Changes.Paths);
    }
}
