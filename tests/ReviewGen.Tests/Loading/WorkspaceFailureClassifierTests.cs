using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class WorkspaceFailureClassifierTests
{
    private const string Root = "/repo";

    [Theory]
    [InlineData("Msbuild failed when processing the file '/repo/src/App/App.csproj' with message: /repo/src/App/App.csproj : warning NU1603: App depends on Foo (>= 1.0.0) but Foo 1.0.0 was not found.")]
    [InlineData("/repo/src/App/App.csproj : warning NU1701: Package 'Old 1.0.0' was restored using '.NETFramework,Version=v4.6.1' instead of the project target framework 'net10.0'.")]
    public void NuGet_warnings_reported_as_failures_are_warnings(string message)
    {
        var diagnostic = WorkspaceFailureClassifier.Classify(message, reportedAsFailure: true, Root);
        Assert.Equal(LoadDiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/repo/src/App/App.csproj", diagnostic.FilePath);
    }

    [Fact]
    public void Other_failures_are_msbuild_errors_about_the_project_they_name()
    {
        var diagnostic = WorkspaceFailureClassifier.Classify(
            "Msbuild failed when processing the file '/repo/src/Broken/Broken.csproj' with message: The SDK 'X' specified could not be found.",
            reportedAsFailure: true,
            Root);
        Assert.Equal(
            new LoadDiagnostic(
                LoadDiagnosticSeverity.Error,
                "msbuild",
                "Msbuild failed when processing the file 'src/Broken/Broken.csproj' with message: The SDK 'X' specified could not be found.",
                "/repo/src/Broken/Broken.csproj"),
            diagnostic);
    }

    [Fact]
    public void Windows_paths_are_found_too() =>
        Assert.Equal(
            @"C:\repo\Old\Old.csproj",
            WorkspaceFailureClassifier.Classify(@"Msbuild failed when processing the file 'C:\repo\Old\Old.csproj'", true, Root).FilePath);

    [Fact]
    public void Workspace_warnings_stay_warnings_and_may_name_no_project()
    {
        var diagnostic = WorkspaceFailureClassifier.Classify("Unresolved metadata reference removed from project: /mscorlib.dll", reportedAsFailure: false, Root);
        Assert.Equal(LoadDiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Null(diagnostic.FilePath);
    }

    [Fact]
    public void A_multi_line_message_becomes_one_line() =>
        Assert.Equal(
            "first second",
            WorkspaceFailureClassifier.Classify("first\r\n  second\n", reportedAsFailure: true, Root).Message);

    [Fact]
    public void A_failure_that_repeats_a_restore_warning_is_left_out()
    {
        const string Text = "Microsoft.Data.SqlClient 6.1.8 depends on Microsoft.Extensions.Caching.Memory (>= 9.0.21) but Microsoft.Extensions.Caching.Memory 9.0.21 was not found. Microsoft.Extensions.Caching.Memory 9.0.22 was resolved instead.";
        var restore = new LoadDiagnostic(LoadDiagnosticSeverity.Warning, "restore", "NU1603: " + Text, "SqlCrud/SqlCrud.csproj");
        var echo = WorkspaceFailureClassifier.Classify($"Msbuild failed when processing the file '{Root}/SqlCrud/SqlCrud.csproj' with message: {Text}", true, Root);
        var real = WorkspaceFailureClassifier.Classify($"Msbuild failed when processing the file '{Root}/Other/Other.csproj' with message: The SDK 'Acme.Sdk' was not found.", true, Root);

        Assert.Equal([real], WorkspaceFailureClassifier.WithoutRestoreEchoes([echo, real], [restore]));
    }
}
