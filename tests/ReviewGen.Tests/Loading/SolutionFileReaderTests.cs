using System.Xml.Linq;
using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class SolutionFileReaderTests
{
    [Fact]
    public void Sln_projects_are_read_and_solution_folders_skipped()
    {
        const string sln = """
            Microsoft Visual Studio Solution File, Format Version 12.00
            Project("{2150E333-8FDC-42A3-9474-1A3956D46DE8}") = "src", "src", "{827E0CD3-B72D-47B6-A68D-7590B98EB39B}"
            EndProject
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "App", "src\App\App.csproj", "{4B0ABEDC-62E5-406D-BE39-FA53AF478712}"
            EndProject
            Project("{F184B08F-C81C-45F6-A57F-5ABD9991F28F}") = "Basic", "src\Basic\Basic.vbproj", "{C9174806-A4D8-4D16-82C5-DBBE3AE66D86}"
            EndProject
            Global
            EndGlobal
            """;
        Assert.Equal([@"src\App\App.csproj", @"src\Basic\Basic.vbproj"], SolutionFileReader.FromSln(sln));
    }

    [Fact]
    public void Slnx_projects_are_read_from_any_folder_depth()
    {
        var slnx = XDocument.Parse("""
            <Solution>
              <Project Path="Top.csproj" />
              <Folder Name="/src/">
                <Project Path="src/App/App.csproj" />
                <Folder Name="/src/libs/">
                  <Project Path="src\Lib\Lib.csproj" Type="Classic C#" />
                </Folder>
              </Folder>
            </Solution>
            """);
        Assert.Equal(["Top.csproj", "src/App/App.csproj", @"src\Lib\Lib.csproj"], SolutionFileReader.FromSlnx(slnx));
    }

    [Fact]
    public void Paths_are_made_absolute_with_the_platform_separator() =>
        Assert.Equal(
            [FixturePaths.Of("TwoProjects/App/App.csproj"), FixturePaths.Of("TwoProjects/Lib/Lib.csproj")],
            SolutionFileReader.ProjectPaths(FixturePaths.Of("TwoProjects/TwoProjects.sln")));
}
