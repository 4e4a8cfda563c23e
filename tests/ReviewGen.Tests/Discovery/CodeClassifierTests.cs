using Microsoft.CodeAnalysis;
using ReviewGen.Catalog;
using ReviewGen.Discovery;

namespace ReviewGen.Tests.Discovery;

public sealed class CodeClassifierTests
{
    [Theory]
    [InlineData("src/Shop/Client.cs", CodeKind.Production)]
    [InlineData("tests/Shop.Tests/ClientTests.cs", CodeKind.Test)]
    [InlineData("test/Client.cs", CodeKind.Test)]
    [InlineData("src/Shop.Tests/ClientTests.cs", CodeKind.Test)]
    [InlineData("samples/Echo/Program.cs", CodeKind.Sample)]
    [InlineData("Samples/Echo/Program.cs", CodeKind.Sample)]
    [InlineData("examples/Example1/Program.cs", CodeKind.Sample)]
    [InlineData("src/Shop/demo-server/Program.cs", CodeKind.Sample)]
    [InlineData("docs/Echo_Example/Program.cs", CodeKind.Sample)]
    [InlineData("demos/Program.cs", CodeKind.Sample)]
    // The first folder decides: a test of the samples is test code.
    [InlineData("tests/samples/EchoTests.cs", CodeKind.Test)]
    [InlineData("../samples/Echo/Program.cs", CodeKind.Sample)]
    // A word run into a name is a name: the sample solution's own projects are production code to it.
    [InlineData("src/TlsSample.Client/Client.cs", CodeKind.Production)]
    [InlineData("src/Contest/Client.cs", CodeKind.Production)]
    [InlineData("src/Testing/Client.cs", CodeKind.Production)]
    [InlineData("src/Latest/Client.cs", CodeKind.Production)]
    // The file's own name does not count.
    [InlineData("src/Shop/SampleData.cs", CodeKind.Production)]
    [InlineData("Tests.cs", CodeKind.Production)]
    public void A_folder_named_like_tests_or_samples_makes_its_files_that_kind(string path, CodeKind kind)
    {
        Assert.Equal(kind, CodeClassifier.ByFolder(path));
    }

    [Fact]
    public void Everything_in_a_test_project_is_test_code()
    {
        Assert.Equal(CodeKind.Test, CodeClassifier.Of(inTestProject: true, "samples/Echo/Program.cs"));
        Assert.Equal(CodeKind.Sample, CodeClassifier.Of(inTestProject: false, "samples/Echo/Program.cs"));
    }

    [Theory]
    [InlineData("xunit.core.dll", true)]
    [InlineData("xunit.v3.core.dll", true)]
    [InlineData("nunit.framework.dll", true)]
    [InlineData("Microsoft.VisualStudio.TestPlatform.TestFramework.dll", true)]
    [InlineData("MSTest.TestFramework.dll", true)]
    [InlineData("xunit.abstractions.dll", false)]
    [InlineData("Newtonsoft.Json.dll", false)]
    public void A_project_that_references_a_test_framework_is_a_test_project(string assembly, bool isTest)
    {
        using var folder = new Support.TemporaryFolder("reviewgen-classifier-");
        var reference = folder.File(assembly);
        File.Copy(typeof(object).Assembly.Location, reference);
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Checks", "Checks", LanguageNames.CSharp,
            metadataReferences: [MetadataReference.CreateFromFile(reference)]));

        Assert.Equal(isTest, CodeClassifier.IsTestProject(project));
    }
}
