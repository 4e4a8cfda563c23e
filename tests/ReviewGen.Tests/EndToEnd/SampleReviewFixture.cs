using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>Reviews the shipped sample once through the real CLI, in all four formats, for every test of the class.</summary>
public sealed class SampleReviewFixture : IAsyncLifetime
{
    public string OutputDirectory { get; } = Directory.CreateTempSubdirectory("reviewgen-sample-").FullName;

    public CliRunner.Result Run { get; private set; } = null!;

    public string Read(string fileName) => File.ReadAllText(Path.Combine(OutputDirectory, fileName));

    public async Task InitializeAsync() =>
        Run = await CliRunner.RunAsync("analyze", RepositoryPaths.Sample, "--format", "md", "html", "sarif", "json", "-o", OutputDirectory);

    public Task DisposeAsync()
    {
        Directory.Delete(OutputDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
