using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary><c>--templates DIR</c> replaces the templates it holds, by file name, and leaves the others shipped.</summary>
public sealed class AuditTemplateOverrideTests
{
    [Fact]
    public async Task A_template_in_the_folder_replaces_the_shipped_one_of_the_same_name()
    {
        using var folder = new TemporaryFolder("reviewgen-audit-override-");
        Directory.CreateDirectory(folder.File("templates"));
        File.WriteAllText(folder.File("templates/audit.md.sbn"),
            "Custom report for {{ cover.client }}: {{ findings.size }} findings in {{ review.scope.lines_reviewed > 0 }} lines\n");

        var markdown = await CliRunner.RunInAsync(folder.Path, "audit", RepositoryPaths.Sample, "-o", "report.md", "--templates", "templates",
            "--client", "Example Bank", "-q");
        var html = await CliRunner.RunInAsync(folder.Path, "audit", RepositoryPaths.Sample, "-o", "report.html", "--templates", "templates", "-q");

        Assert.True(markdown.ExitCode == 0, markdown.StandardError);
        Assert.Equal("Custom report for Example Bank: 11 findings in true lines\n", File.ReadAllText(folder.File("report.md")));
        Assert.True(html.ExitCode == 0, html.StandardError);
        Assert.Contains("<h2>1. Executive summary</h2>", File.ReadAllText(folder.File("report.html")));
    }
}
