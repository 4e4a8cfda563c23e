using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class RestoreOutputParserTests
{
    private const string Root = "/repo";

    [Fact]
    public void Errors_and_warnings_become_restore_diagnostics_with_relative_paths()
    {
        string[] lines =
        [
            "  Determining projects to restore...",
            "/repo/src/App/App.csproj : error NU1101: Unable to find package Nonexistent.Package.ReviewGen. No packages exist with this id in source(s): nuget.org [/repo/App.sln]",
            "/repo/src/Lib/Lib.csproj : warning NU1603: Lib depends on Foo (>= 1.0.0) but Foo 1.0.0 was not found. Foo 1.0.1 was resolved instead. [/repo/App.sln]",
            "/usr/share/dotnet/sdk/10.0.401/NuGet.targets(198,5): error MSB4236: The SDK 'X' specified could not be found. [/repo/src/Broken/Broken.csproj]",
            "  Failed to restore /repo/src/App/App.csproj (in 332 ms).",
        ];

        var diagnostics = RestoreOutputParser.Parse(lines, Root);

        Assert.Equal(
            [
                new LoadDiagnostic(LoadDiagnosticSeverity.Error, "restore", "NU1101: Unable to find package Nonexistent.Package.ReviewGen. No packages exist with this id in source(s): nuget.org", "/repo/src/App/App.csproj"),
                new LoadDiagnostic(LoadDiagnosticSeverity.Warning, "restore", "NU1603: Lib depends on Foo (>= 1.0.0) but Foo 1.0.0 was not found. Foo 1.0.1 was resolved instead.", "/repo/src/Lib/Lib.csproj"),
                new LoadDiagnostic(LoadDiagnosticSeverity.Error, "restore", "MSB4236: The SDK 'X' specified could not be found.", "/usr/share/dotnet/sdk/10.0.401/NuGet.targets"),
            ],
            diagnostics);
    }

    [Fact]
    public void A_line_repeated_in_the_summary_is_reported_once()
    {
        const string line = "/repo/App.csproj : error NU1101: Unable to find package X.";
        Assert.Single(RestoreOutputParser.Parse([line, "", line], Root));
    }

    [Fact]
    public void Paths_inside_the_message_are_made_relative()
    {
        var diagnostic = Assert.Single(RestoreOutputParser.Parse(
            ["error NU1105: Unable to find project information for '/repo/src/Lib/Lib.csproj'."], Root));
        Assert.Equal("NU1105: Unable to find project information for 'src/Lib/Lib.csproj'.", diagnostic.Message);
        Assert.Null(diagnostic.FilePath);
    }

    [Fact]
    public void Lines_without_a_code_are_ignored() =>
        Assert.Empty(RestoreOutputParser.Parse(["/sdk/NuGet.targets(198,5): error : SDK resolver \"X\" returned null."], Root));
}
