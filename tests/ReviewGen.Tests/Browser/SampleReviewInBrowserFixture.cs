using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Browser;

/// <summary>
/// Renders the sample's HTML review once through the real CLI into a kept output folder and opens it in Chromium once
/// for every test of the class. Without a Chromium the locator's install message fails every test: nothing is skipped.
/// </summary>
public sealed class SampleReviewInBrowserFixture : IAsyncLifetime
{
    public string OutputFolder { get; } = BrowserOutput.FreshFolder("sample-review");

    public string HtmlPath => Path.Combine(OutputFolder, "review.html");

    public CliRunner.Result Run { get; private set; } = null!;

    public BrowserPageReport Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Run = await CliRunner.RunAsync("analyze", RepositoryPaths.Sample, "--format", "html", "-o", HtmlPath, "--quiet");
        Assert.True(Run.ExitCode == 0, $"reviewgen exited with {Run.ExitCode}: {Run.StandardError}");
        Report = await BrowserPageCheck.RunAsync(HtmlPath, OutputFolder);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
