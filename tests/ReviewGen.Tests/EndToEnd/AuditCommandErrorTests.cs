using ReviewGen.Cli;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>Bad audit requests fail before any analysis, with one line on stderr and exit code 2.</summary>
public sealed class AuditCommandErrorTests
{
    [Theory]
    [InlineData("report.md", "html", "-o report.md does not match --format html; name the file report.html")]
    [InlineData("report.html", "md", "-o report.html does not match --format md; name the file report.md")]
    [InlineData("report.txt", null, "-o report.txt: the extension names no format; use .html or .md or .pdf, or give --format")]
    [InlineData("report.html", "pdf", "-o report.html does not match --format pdf; name the file report.pdf")]
    [InlineData("report.pdf", "docx", "--format: 'docx' is not valid; use one of: html, md, pdf")]
    public async Task Output_extension_must_agree_with_the_format(string output, string? format, string message)
    {
        using var folder = new TemporaryFolder("reviewgen-audit-ext-");
        string[] formatOption = format is null ? [] : ["--format", format];

        var run = await CliRunner.RunInAsync(folder.Path, ["audit", RepositoryPaths.Sample, "-o", output, .. formatOption]);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal($"reviewgen: {message}\n", run.StandardError.ReplaceLineEndings("\n"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task Output_is_required()
    {
        var run = await CliRunner.RunAsync("audit", RepositoryPaths.Sample);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--output", run.StandardError);
    }

    [Fact]
    public async Task An_existing_report_is_kept_without_force()
    {
        using var folder = new TemporaryFolder("reviewgen-audit-exists-");
        File.WriteAllText(folder.File("report.html"), "the client's copy");

        var run = await CliRunner.RunInAsync(folder.Path, "audit", RepositoryPaths.Sample, "-o", "report.html");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("reviewgen: report.html already exists; pass --force to overwrite\n", run.StandardError.ReplaceLineEndings("\n"));
        Assert.Equal("the client's copy", File.ReadAllText(folder.File("report.html")));
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("24/11/2026")]
    public async Task A_date_that_is_not_yyyy_mm_dd_is_refused(string date)
    {
        using var folder = new TemporaryFolder("reviewgen-audit-date-");

        var run = await CliRunner.RunInAsync(folder.Path, "audit", RepositoryPaths.Sample, "-o", "report.md", "--date", date);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal($"reviewgen: --date: '{date}' is not valid; use YYYY-MM-DD\n", run.StandardError.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_templates_folder_that_does_not_exist_is_refused()
    {
        using var folder = new TemporaryFolder("reviewgen-audit-notemplates-");

        var run = await CliRunner.RunInAsync(folder.Path, "audit", RepositoryPaths.Sample, "-o", "report.md", "--templates", "missing");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("reviewgen: --templates missing: no such folder\n", run.StandardError.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_template_that_does_not_parse_is_refused_before_the_analysis()
    {
        using var folder = new TemporaryFolder("reviewgen-audit-badtemplate-");
        Directory.CreateDirectory(folder.File("templates"));
        File.WriteAllText(folder.File("templates/audit.md.sbn"), "{{ for x in }}");

        var run = await CliRunner.RunInAsync(folder.Path, "audit", RepositoryPaths.Sample, "-o", "report.md", "--templates", "templates", "-q");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.StartsWith($"reviewgen: Template {folder.File("templates/audit.md.sbn")} has errors:", run.StandardError);
        Assert.False(File.Exists(folder.File("report.md")));
    }
}
