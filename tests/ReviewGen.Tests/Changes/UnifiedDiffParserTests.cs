using ReviewGen.Changes;

namespace ReviewGen.Tests.Changes;

/// <summary>
/// The parser on output of <c>git diff -M --unified=0</c> as git 2.39 prints it (recorded from a real repository,
/// one file per kind of change).
/// </summary>
public sealed class UnifiedDiffParserTests
{
    private const string Recorded = """
        diff --git a/added.txt b/added.txt
        new file mode 100644
        index 0000000..2fe4df4
        --- /dev/null
        +++ b/added.txt
        @@ -0,0 +1,2 @@
        +n1
        +n2
        diff --git a/b.bin b/b.bin
        index 88768ef..3e3315e 100644
        Binary files a/b.bin and b/b.bin differ
        diff --git a/del.txt b/del.txt
        deleted file mode 100644
        index 286c5f5..0000000
        --- a/del.txt
        +++ /dev/null
        @@ -1 +0,0 @@
        -gone
        diff --git a/empty.txt b/empty.txt
        new file mode 100644
        index 0000000..e69de29
        diff --git a/mod.txt b/mod.txt
        index 9405325..001720a 100644
        --- a/mod.txt
        +++ b/mod.txt
        @@ -2 +2 @@ a
        -b
        +B
        @@ -4 +3,0 @@ c
        -d
        @@ -5,0 +5 @@ e
        +new
        diff --git "a/quo\"te.txt" "b/quo\"te.txt"
        index bca70f3..8a08eba 100644
        --- "a/quo\"te.txt"
        +++ "b/quo\"te.txt"
        @@ -1,0 +2 @@ q
        +r
        diff --git a/ren.txt b/ren2.txt
        similarity index 100%
        rename from ren.txt
        rename to ren2.txt
        diff --git a/renedit.txt b/renedit2.txt
        similarity index 87%
        rename from renedit.txt
        rename to renedit2.txt
        index 9f6bf66..672b7f8 100644
        --- a/renedit.txt
        +++ b/renedit2.txt
        @@ -4 +4 @@ z
        -w
        +W
        diff --git a/sp ace.txt b/sp ace.txt
        index 943cbc8..174ac59 100644
        --- a/sp ace.txt<TAB>
        +++ b/sp ace.txt<TAB>
        @@ -2 +1,0 @@ k
        -l
        diff --git "a/\303\274.txt" "b/\303\274.txt"
        new file mode 100644
        index 0000000..c600332
        --- /dev/null
        +++ "b/\303\274.txt"
        @@ -0,0 +1 @@
        +é

        """;

    // Git ends a ---/+++ path that holds a space with a tab; written <TAB> here so that no editor trims it.
    private static readonly IReadOnlyList<FileChange> Files =
        UnifiedDiffParser.Parse(Recorded.ReplaceLineEndings("\n").Replace("<TAB>", "\t", StringComparison.Ordinal));

    private static FileChange File(string path) => Files.Single(f => (f.NewPath ?? f.OldPath) == path);

    [Fact]
    public void Every_file_of_the_diff_is_read_once()
    {
        Assert.Equal(
            ["added.txt", "b.bin", "del.txt", "empty.txt", "mod.txt", "quo\"te.txt", "ren2.txt", "renedit2.txt", "sp ace.txt", "ü.txt"],
            Files.Select(f => f.NewPath ?? f.OldPath));
    }

    [Fact]
    public void An_added_file_touches_every_line()
    {
        var added = File("added.txt");

        Assert.Equal(FileChangeKind.Added, added.Kind);
        Assert.Null(added.OldPath);
        Assert.Equal([1, 2], added.TouchedLines);
    }

    [Fact]
    public void A_modified_file_touches_changed_and_added_lines_and_both_sides_of_a_deletion()
    {
        var modified = File("mod.txt");

        Assert.Equal(FileChangeKind.Modified, modified.Kind);
        // Line 2 changed; "d" was removed between head lines 3 and 4; line 5 was added.
        Assert.Equal([2, 3, 4, 5], modified.TouchedLines);
    }

    [Fact]
    public void A_deleted_file_has_no_head_side()
    {
        var deleted = File("del.txt");

        Assert.Equal(FileChangeKind.Deleted, deleted.Kind);
        Assert.Null(deleted.NewPath);
    }

    [Fact]
    public void A_rename_without_edits_touches_nothing()
    {
        var renamed = File("ren2.txt");

        Assert.Equal(FileChangeKind.Renamed, renamed.Kind);
        Assert.Equal("ren.txt", renamed.OldPath);
        Assert.Empty(renamed.TouchedLines);
    }

    [Fact]
    public void A_rename_with_edits_touches_the_edited_lines_of_the_new_path()
    {
        var renamed = File("renedit2.txt");

        Assert.Equal(FileChangeKind.Renamed, renamed.Kind);
        Assert.Equal("renedit.txt", renamed.OldPath);
        Assert.Equal([4], renamed.TouchedLines);
    }

    [Fact]
    public void An_empty_new_file_is_named_by_the_git_header()
    {
        var empty = File("empty.txt");

        Assert.Equal(FileChangeKind.Added, empty.Kind);
        Assert.Empty(empty.TouchedLines);
    }

    [Fact]
    public void A_binary_file_is_marked_and_touches_no_line()
    {
        var binary = File("b.bin");

        Assert.True(binary.IsBinary);
        Assert.Empty(binary.TouchedLines);
    }

    [Fact]
    public void Quoted_paths_are_unquoted_including_octal_utf8_bytes()
    {
        Assert.Equal([2], File("quo\"te.txt").TouchedLines);
        Assert.Equal([1], File("ü.txt").TouchedLines);
    }

    [Fact]
    public void The_tab_git_puts_after_a_path_with_a_space_is_not_part_of_it()
    {
        // "l" was removed between head lines 1 and 2.
        Assert.Equal([1, 2], File("sp ace.txt").TouchedLines);
    }

    [Fact]
    public void Removed_lines_that_look_like_file_headers_are_hunk_content()
    {
        const string diff = """
            diff --git a/x.cs b/x.cs
            --- a/x.cs
            +++ b/x.cs
            @@ -3,2 +3 @@
            --- not a header
            -+++ not a header either
            +kept
            diff --git a/y.cs b/y.cs
            --- a/y.cs
            +++ b/y.cs
            @@ -1 +1 @@
            -a
            +b
            """;

        var files = UnifiedDiffParser.Parse(diff.ReplaceLineEndings("\n"));

        Assert.Equal(["x.cs", "y.cs"], files.Select(f => f.NewPath));
        Assert.Equal([3], files[0].TouchedLines);
        Assert.Equal("x.cs", files[0].OldPath);
    }

    [Fact]
    public void Hunks_with_context_lines_count_only_added_lines_and_deletion_neighbours()
    {
        const string diff = """
            diff --git a/c.cs b/c.cs
            --- a/c.cs
            +++ b/c.cs
            @@ -10,6 +10,5 @@ class C
             context 10
            -removed between 10 and 11
             context 11
             context 12
            -old 13
            +new 13
             context 14
            \ No newline at end of file
            """;

        var file = UnifiedDiffParser.Parse(diff.ReplaceLineEndings("\n")).Single();

        Assert.Equal([10, 11, 13], file.TouchedLines);
    }

    [Fact]
    public void A_deletion_at_the_start_of_a_file_touches_its_first_line()
    {
        const string diff = """
            diff --git a/s.cs b/s.cs
            --- a/s.cs
            +++ b/s.cs
            @@ -1,2 +0,0 @@
            -using System;
            -using System.Net;
            """;

        Assert.Equal([1], UnifiedDiffParser.Parse(diff.ReplaceLineEndings("\n")).Single().TouchedLines);
    }
}
