using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class LegacyProjectFileTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("reviewgen-legacy-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Without_Compile_items_all_cs_files_outside_bin_and_obj_are_sources()
    {
        var project = Write("Old.csproj", """<Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003" />""");
        Write("A.cs", "");
        Write("Sub/B.cs", "");
        Write("obj/Debug/Generated.cs", "");
        Write("bin/Copied.cs", "");
        Assert.Equal([Path.Combine(_temp, "A.cs"), Path.Combine(_temp, "Sub", "B.cs")], LegacyProjectFile.SourceFiles(project));
    }

    [Fact]
    public void Compile_items_may_use_backslashes_and_wildcards()
    {
        var project = Write("Old.csproj", """
            <Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <ItemGroup>
                <Compile Include="Net\*.cs" />
                <Compile Include="Program.cs;Missing.cs" />
                <Compile Include="$(SharedDir)\Shared.cs" />
              </ItemGroup>
            </Project>
            """);
        Write("Net/Tls.cs", "");
        Write("Net/Deeper/NotIncluded.cs", "");
        Write("Program.cs", "");
        Write("Other.cs", "");
        Assert.Equal([Path.Combine(_temp, "Net", "Tls.cs"), Path.Combine(_temp, "Program.cs")], LegacyProjectFile.SourceFiles(project));
    }

    [Theory]
    [InlineData("""<Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003" />""", true)]
    [InlineData("""<Project Sdk="Microsoft.NET.Sdk" />""", false)]
    [InlineData("""<Project><Sdk Name="Microsoft.NET.Sdk" /></Project>""", false)]
    [InlineData("""<Project><Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk" /></Project>""", false)]
    [InlineData("""<Project""", false)]
    public void Only_projects_without_an_SDK_are_old_style(string xml, bool expected) =>
        Assert.Equal(expected, LegacyProjectFile.IsLegacyFormat(Write("P.csproj", xml)));

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_temp, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
