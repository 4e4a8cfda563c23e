using ReviewGen.Review.Baselines;

namespace ReviewGen.Tests.Review.Baselines;

public sealed class BaselineMatcherTests
{
    private static BaselineEntry Entry(string fingerprint, string path) => new("RG0001", fingerprint, path, 10, "Certificate validation");

    [Fact]
    public void A_finding_is_hidden_by_an_entry_with_its_fingerprint_wherever_the_file_went()
    {
        var hidden = BaselineMatcher.Hidden([Entry("aaa", "src/Old.cs")], [("aaa", "src/Renamed.cs"), ("bbb", "src/Old.cs")]);

        Assert.Equal([0], hidden);
    }

    [Fact]
    public void Of_entries_sharing_a_fingerprint_the_one_at_the_same_path_is_taken_first()
    {
        // Report order puts the renamed file's finding first; it must not take the entry that the other one's path names.
        var entries = new[] { Entry("aaa", "src/B.cs"), Entry("aaa", "src/A.cs") };

        var hidden = BaselineMatcher.Hidden(entries, [("aaa", "src/Moved.cs"), ("aaa", "src/A.cs"), ("aaa", "src/C.cs")]);

        Assert.Equal([0, 1], hidden.Order());
    }

    [Fact]
    public void Each_entry_hides_one_finding_at_most()
    {
        var hidden = BaselineMatcher.Hidden([Entry("aaa", "src/A.cs")], [("aaa", "src/A.cs"), ("aaa", "src/A.cs")]);

        Assert.Equal([0], hidden);
    }

    [Fact]
    public void An_empty_baseline_hides_nothing()
    {
        Assert.Empty(BaselineMatcher.Hidden([], [("aaa", "src/A.cs")]));
    }
}
