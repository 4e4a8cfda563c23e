using System.Text.RegularExpressions;
using ReviewGen.Catalog;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>The audit of the shipped sample, committed to a clean repository, as the CLI writes it.</summary>
public sealed class SampleAuditTests(SampleAuditFixture audit) : IClassFixture<SampleAuditFixture>
{
    private static readonly string[] Chapters =
    [
        "1. Executive summary", "2. Scope", "3. Methodology", "4. Findings", "5. Observations by category", "6. Appendix",
    ];

    [Fact]
    public void Every_run_succeeds_silently()
    {
        foreach (var run in new[] { audit.HtmlRun, audit.SecondHtmlRun, audit.MarkdownRun })
        {
            Assert.True(run.ExitCode == 0, run.StandardError);
            Assert.Equal("", run.StandardError);
        }
    }

    [Fact]
    public void Html_has_the_cover_then_every_section_in_order()
    {
        var html = audit.Html;
        var ids = Regex.Matches(html, "<(?:section|nav) class=\"[^\"]*\" id=\"([a-z]+)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(["cover", "contents", "summary", "scope", "methodology", "findings", "observations", "appendix"], ids);
        var headings = Regex.Matches(html, "<h2>(.+?)</h2>").Select(m => m.Groups[1].Value);
        Assert.Equal(["Contents", .. Chapters], headings);
        Assert.Matches("<h1>TLS security audit of TlsSample</h1>", html);
    }

    [Fact]
    public void Markdown_has_the_same_sections_in_order()
    {
        var headings = Regex.Matches(audit.Markdown, "^## (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.Equal(["Contents", .. Chapters], headings);
        Assert.StartsWith("# TLS security audit of TlsSample\n", audit.Markdown);
    }

    [Fact]
    public void Two_runs_write_identical_bytes()
    {
        Assert.Equal(File.ReadAllBytes(audit.Output.File("report.html")), File.ReadAllBytes(audit.Output.File("report-again.html")));
    }

    [Fact]
    public void Html_references_no_external_resource()
    {
        var html = audit.Html;
        foreach (var pattern in new[] { "<script", "<link", "src=\"http", "url(http", "@import", "<img", "<iframe" })
            Assert.DoesNotContain(pattern, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"", html);
    }

    [Fact]
    public void Cover_is_dated_by_the_commit_in_utc_and_names_repository_and_commit()
    {
        var cover = audit.Html[..audit.Html.IndexOf("<nav", StringComparison.Ordinal)];
        Assert.Contains($"<dt>Date</dt><dd>{audit.CommitDate}</dd>", cover);
        Assert.Contains($"<dt>Commit</dt><dd><code>{audit.Commit}</code></dd>", cover);
        Assert.Contains($"<dt>Repository</dt><dd><code>{Path.GetFileName(audit.Repository.Root)}</code></dd>", cover);
        Assert.Contains("<dt>Client</dt><dd>Example Bank</dd>", cover);
        Assert.Contains("<dt>Auditor</dt><dd>A. Auditor</dd>", cover);
        Assert.Contains($"Reviewed at commit {audit.Commit}", cover);
        Assert.Contains("with no uncommitted change", cover);
        Assert.Contains($"| Date | {audit.CommitDate} |", audit.Markdown);
    }

    [Fact]
    public void Findings_come_most_severe_first_each_with_a_marked_excerpt()
    {
        var html = audit.Html;
        var findings = html[html.IndexOf("id=\"findings\"", StringComparison.Ordinal)..html.IndexOf("id=\"observations\"", StringComparison.Ordinal)];
        var articles = Regex.Matches(findings, "<article class=\"finding\" id=\"(F\\d+)\">.*?</article>", RegexOptions.Singleline);
        Assert.NotEmpty(articles);
        var severities = articles.Select(a => Regex.Match(a.Value, "<h3>.*?badge-([a-z]+)").Groups[1].Value)
            .Select(s => SeverityInfo.TryParse(s, out var severity) ? severity : throw new InvalidOperationException(s)).ToArray();
        Assert.Equal(severities.OrderByDescending(s => s), severities);
        Assert.All(articles, a =>
        {
            Assert.Matches("<div class=\"line flagged\"><span class=\"mark\">&#9656;</span><span class=\"ln\">\\d+</span>", a.Value);
            Assert.Contains("<h4>Why it matters</h4>", a.Value);
            Assert.Contains("<h4>How to fix it</h4>", a.Value);
        });
        Assert.Contains("<span class=\"tok-keyword\">", findings);
    }

    [Fact]
    public void Summary_counts_severities_in_a_table_and_an_svg_chart_with_text_labels()
    {
        var summary = audit.Html[audit.Html.IndexOf("id=\"summary\"", StringComparison.Ordinal)..audit.Html.IndexOf("id=\"scope\"", StringComparison.Ordinal)];
        var charts = Regex.Matches(summary, "<svg .*?</svg>", RegexOptions.Singleline);
        Assert.Equal(2, charts.Count);
        foreach (var name in SeverityInfo.MachineNames)
            Assert.Contains($">{name}</text>", charts[0].Value);
        Assert.Contains(">Certificate handling and validation</text>", charts[1].Value);
        Assert.Contains("<h3>Most important actions</h3>", summary);
    }

    [Fact]
    public void Scope_counts_lines_and_appendix_lists_every_region()
    {
        Assert.Matches(@"17 C# documents \(\d{3,} lines of code\) in 3 projects", audit.Html);
        var inventory = audit.Html[audit.Html.IndexOf("id=\"regions\"", StringComparison.Ordinal)..audit.Html.IndexOf("id=\"suppressed\"", StringComparison.Ordinal)];
        Assert.True(Regex.Matches(inventory, "<tr><td><code>src/").Count >= 17);
        Assert.Contains("System.Net.Security.SslStream", inventory);
    }
}
