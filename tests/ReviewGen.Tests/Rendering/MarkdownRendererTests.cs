using System.Text.RegularExpressions;
using ReviewGen.Catalog;

namespace ReviewGen.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    private readonly string _markdown = Renderers.Render("md");

    [Fact]
    public void Has_the_seven_numbered_category_headings_in_order()
    {
        var headings = Regex.Matches(_markdown, @"^## (\d)\. (.+)$", RegexOptions.Multiline)
            .Select(m => $"{m.Groups[1].Value}. {m.Groups[2].Value}");

        Assert.Equal(CategoryInfo.All.Select(c => $"{c.Number}. {c.Heading}"), headings);
    }

    [Fact]
    public void Findings_table_row_gives_path_and_line_range()
    {
        Assert.Contains(
            "| F1 | critical | RG0001 | Certificate validation disabled | `src/Ledger.Client/TrustPolicy.cs` lines 18–21 |",
            _markdown);
        Assert.Contains("| F2 | medium | RG0003 | Handshake failure swallowed | `src/Ledger.Reports/ReportUploader.cs` line 31 |", _markdown);
    }

    [Fact]
    public void Pipe_in_plain_text_cannot_split_a_table_cell()
    {
        Assert.Contains("BouncyCastle.Cryptography 9.9.9 \\| source nuget.org", _markdown);
    }

    [Fact]
    public void Code_fence_is_longer_than_the_backtick_run_in_the_excerpt()
    {
        Assert.Contains(ReviewModelSamples.HostileCode, _markdown);
        Assert.Contains("\n````csharp\n", _markdown);
        var fenceStart = _markdown.IndexOf("````csharp", StringComparison.Ordinal);
        var fenceEnd = _markdown.IndexOf("\n````\n", fenceStart, StringComparison.Ordinal);
        Assert.True(fenceStart < _markdown.IndexOf(ReviewModelSamples.HostileCode, StringComparison.Ordinal));
        Assert.True(fenceEnd > _markdown.IndexOf(ReviewModelSamples.HostileCode, StringComparison.Ordinal));
    }

    [Fact]
    public void Excerpt_shows_line_numbers_and_marks_flagged_lines()
    {
        Assert.Contains("\n 17 |     // Trust everything", _markdown);
        Assert.Contains("\n>20 |         return true;", _markdown);
    }

    [Fact]
    public void Category_section_has_observations_checks_and_finding_detail()
    {
        var section = Section(_markdown, "## 2.", "## 3.");

        Assert.Contains("- `src/Ledger.Reports/ReportUploader.cs` lines 12–19: `ReportUploader.Create` accepts", section);
        Assert.Contains("Checked and passed: no `DangerousAcceptAnyServerCertificateValidator` (RG0002); no weakened", section);
        Assert.Contains("### F1. RG0001: Certificate validation disabled (critical, CWE-295)", section);
        Assert.Contains("**Fix:** Return `errors == SslPolicyErrors.None`", section);
        Assert.Contains("<https://cwe.mitre.org/data/definitions/295.html>", section);
        Assert.Contains("- `src/Ledger.Client/LedgerClient.cs` line 44: Installed as the validation callback", section);
    }

    [Fact]
    public void Empty_category_says_what_was_looked_for()
    {
        var section = Section(_markdown, "## 4.", "## 5.");

        Assert.Contains("No session code: no use of `SslClientAuthenticationOptions.AllowTlsResume`", section);
        Assert.DoesNotContain("###", section);
    }

    [Fact]
    public void Scope_names_load_problems_and_unbound_names()
    {
        var scope = Section(_markdown, "## Scope and limits", "## Findings");

        Assert.Contains("| Ledger.Psk | `src/Ledger.Psk/Ledger.Psk.csproj` | net10.0 | degraded | 3 |", scope);
        Assert.Contains("`Org.BouncyCastle.Tls`, `Org.BouncyCastle.Tls.Crypto`", scope);
        Assert.Contains("- **error** (restore) in `src/Ledger.Psk/Ledger.Psk.csproj`: Unable to find package", scope);
    }

    [Fact]
    public void Ends_with_the_numbered_next_steps_and_then_the_suppressed_findings()
    {
        Assert.Contains("3. Let the operating system choose the protocol version (F3).\n\n## Suppressed findings\n", _markdown);
        Assert.EndsWith("the SARIF and JSON formats list it.\n", _markdown);
    }

    private static string Section(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
