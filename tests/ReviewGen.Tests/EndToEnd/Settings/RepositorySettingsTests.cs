using System.Text.Json;
using ReviewGen.Cli;

namespace ReviewGen.Tests.EndToEnd.Settings;

/// <summary>Each key of reviewgen.json, .editorconfig severities and test and sample code, shown on one real solution.</summary>
public sealed class RepositorySettingsTests(RepositorySettingsRuns runs) : IClassFixture<RepositorySettingsRuns>
{
    [Fact]
    public void Production_findings_stand_alone_and_test_and_sample_findings_are_listed_apart_one_severity_lower()
    {
        Assert.Equal(
            [
                "RG0001 critical production src/Shop.Api/Payments/PaymentGatewayClient.cs:13",
                "RG0003 medium production src/Shop.Api/Inventory/InventoryFeed.cs:19",
                "RG0018 medium production src/Shop.Api/Notifications/PushCertificateCheck.cs:12",
                "RG0003 medium production src/Shop.Api/Reporting/ReportUploader.cs:20",
            ],
            runs.Default.Counted);
        // RG0002 and RG0001 are critical rules; reviewgen.json makes RG0029 info, and nothing goes below info.
        Assert.Equal(
            [
                "RG0002 high sample samples/Echo.Client/Program.cs:3",
                "RG0001 high test src/Shop.Api.Checks/GatewayChecks.cs:13",
                "RG0029 info test src/Shop.Api.Checks/GatewayChecks.cs:20",
            ],
            runs.Default.Apart);
        Assert.Equal(["T1", "T2", "T3"], runs.Default.Json.GetProperty("testAndSample").GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
    }

    [Fact]
    public void The_markdown_review_has_its_own_section_for_test_and_sample_code_after_the_categories()
    {
        var markdown = runs.Default.Markdown;
        var findingsTable = markdown[markdown.IndexOf("## Findings", StringComparison.Ordinal)..markdown.IndexOf("## 1. ", StringComparison.Ordinal)];
        var apart = markdown.IndexOf("## In test and sample code", StringComparison.Ordinal);

        Assert.DoesNotContain("Echo.Client", findingsTable, StringComparison.Ordinal);
        Assert.True(apart > markdown.IndexOf("## 6. ", StringComparison.Ordinal), "the section follows the categories");
        Assert.True(apart < markdown.IndexOf("## Conclusion and next steps", StringComparison.Ordinal));
        Assert.Contains("| T2 | high | RG0001 | Certificate validation callback accepts every certificate | test | `src/Shop.Api.Checks/GatewayChecks.cs` line 13 |", markdown, StringComparison.Ordinal);
        Assert.Contains("Test and sample code has 3 more findings, listed apart and not counted", runs.Default.Json.GetProperty("verdict").GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_is_test_code_by_its_IsTestProject_property_and_a_project_under_samples_is_sample_code()
    {
        var projects = runs.Default.Json.GetProperty("scope").GetProperty("projects").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("codeKind").GetString());

        Assert.Equal("test", projects["Shop.Api.Checks"]);
        Assert.Equal("sample", projects["Echo.Client"]);
        Assert.Equal("production", projects["Shop.Api"]);
    }

    [Fact]
    public void Fail_on_counts_production_findings_only()
    {
        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, runs.Default.Run.ExitCode);
        Assert.Equal(ExitCodes.Success, runs.QuietProduction.Run.ExitCode);
        // Not for want of findings at or above high: they are in sample code.
        Assert.Contains("RG0002 high sample samples/Echo.Client/Program.cs:3", runs.QuietProduction.Apart!);
        Assert.DoesNotContain(runs.QuietProduction.Counted, f => f.Contains(" high ", StringComparison.Ordinal) || f.Contains(" critical ", StringComparison.Ordinal));
    }

    [Fact]
    public void Sarif_marks_every_result_with_its_kind_of_code()
    {
        var results = runs.Default.Sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();

        Assert.Equal(
            ["production", "production", "production", "production", "sample", "test", "test"],
            results.Select(r => r.GetProperty("properties").GetProperty("codeKind").GetString()));
        // T2 is a critical rule's finding reported as high in test code: still an error to a SARIF viewer.
        Assert.Equal("error", results[5].GetProperty("level").GetString());
        Assert.Equal("src/Shop.Api.Checks/GatewayChecks.cs", results[5].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Exclude_keeps_the_matching_files_out_and_the_scope_lists_them()
    {
        var scope = runs.Default.Json.GetProperty("scope");

        var excluded = Assert.Single(scope.GetProperty("excluded").EnumerateArray());
        Assert.Equal("src/Shop.Api/Generated/LegacySoapClient.cs", excluded.GetProperty("path").GetString());
        Assert.Equal("exclude", excluded.GetProperty("setting").GetString());
        Assert.Equal("src/Shop.Api/Generated/**", excluded.GetProperty("value").GetString());
        Assert.DoesNotContain(runs.Default.Counted, f => f.Contains("Generated", StringComparison.Ordinal));
        Assert.Contains("- `src/Shop.Api/Generated/LegacySoapClient.cs` (`exclude: src/Shop.Api/Generated/**`)", runs.Default.Markdown, StringComparison.Ordinal);
        // Without the key the file is reviewed, and its accept-all callback found.
        Assert.Contains("RG0001 critical production src/Shop.Api/Generated/LegacySoapClient.cs:10", runs.Same.Counted);
    }

    [Fact]
    public void Rules_turn_a_rule_off_and_give_another_its_severity()
    {
        Assert.DoesNotContain(runs.Default.Counted, f => f.StartsWith("RG0005", StringComparison.Ordinal));
        Assert.DoesNotContain(runs.Default.Json.GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "RG0005");
        Assert.Equal("medium", runs.Default.Json.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "RG0003").GetProperty("severity").GetString());
        Assert.Contains("RG0005 high production src/Shop.Api/Notifications/PushCertificateCheck.cs:11", runs.Same.Counted);
        Assert.Contains("RG0003 high production src/Shop.Api/Inventory/InventoryFeed.cs:19", runs.Same.Counted);
    }

    [Fact]
    public void Categories_turn_a_whole_category_off()
    {
        Assert.DoesNotContain(runs.Default.Json.GetProperty("categories").EnumerateArray(), c => c.GetProperty("name").GetString() == "ocsp-revocation");
        Assert.DoesNotContain(runs.Default.Counted, f => f.StartsWith("RG0004", StringComparison.Ordinal));
        Assert.Equal(["ocsp-revocation"], runs.Default.Json.GetProperty("scope").GetProperty("settings").GetProperty("categoriesOff").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("RG0004 medium production src/Shop.Api/Inventory/InventoryFeed.cs:20", runs.Same.Counted);
    }

    [Fact]
    public void EditorConfig_severities_apply_to_the_files_they_cover_and_reviewgen_json_wins()
    {
        // Same has no rules of its own: Reporting/.editorconfig lowers RG0003 there and turns RG0016 off.
        Assert.Contains("RG0003 low production src/Shop.Api/Reporting/ReportUploader.cs:20", runs.Same.Counted);
        Assert.DoesNotContain(runs.Same.Counted, f => f.StartsWith("RG0016", StringComparison.Ordinal));
        Assert.Contains("RG0018 medium production src/Shop.Api/Notifications/PushCertificateCheck.cs:12", runs.Same.Counted);
        Assert.Equal(
            ["RG0003 low 1", "RG0016 off 1", "RG0018 medium 1"],
            EditorConfigOverrides(runs.Same));
        // The fixture's reviewgen.json sets RG0003 itself, so the .editorconfig entry for it does not apply.
        Assert.Contains("RG0003 medium production src/Shop.Api/Reporting/ReportUploader.cs:20", runs.Default.Counted);
        Assert.Equal(["RG0016 off 1", "RG0018 medium 1"], EditorConfigOverrides(runs.Default));
    }

    [Fact]
    public void TestCode_same_reviews_test_and_sample_code_like_production_code()
    {
        Assert.Null(runs.Same.Apart);
        Assert.Contains("RG0002 critical sample samples/Echo.Client/Program.cs:3", runs.Same.Counted);
        Assert.Contains("RG0001 critical test src/Shop.Api.Checks/GatewayChecks.cs:13", runs.Same.Counted);
        Assert.Contains("RG0029 low test src/Shop.Api.Checks/GatewayChecks.cs:20", runs.Same.Counted);
        Assert.DoesNotContain("## In test and sample code", runs.Same.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TestCode_ignore_leaves_test_and_sample_code_out_and_lists_it_as_excluded()
    {
        Assert.Null(runs.Ignore.Apart);
        Assert.All(runs.Ignore.Counted, f => Assert.Contains(" production ", f, StringComparison.Ordinal));
        var excluded = runs.Ignore.Json.GetProperty("scope").GetProperty("excluded").EnumerateArray()
            .Select(e => $"{e.GetProperty("path").GetString()} {e.GetProperty("setting").GetString()} {e.GetProperty("value").GetString()}")
            .ToArray();
        Assert.Contains("samples/Echo.Client/Program.cs testCode sample", excluded);
        Assert.Contains("src/Shop.Api.Checks/GatewayChecks.cs testCode test", excluded);
        Assert.Equal(ExitCodes.Success, runs.Ignore.Run.ExitCode);
    }

    private static IReadOnlyList<string> EditorConfigOverrides(RepositorySettingsRuns.Outcome outcome) =>
        outcome.Json.GetProperty("scope").GetProperty("settings").GetProperty("editorConfig").EnumerateArray()
            .Select(o => $"{o.GetProperty("ruleId").GetString()} {o.GetProperty("setting").GetString()} {o.GetProperty("findings").GetInt32()}")
            .ToArray();
}
