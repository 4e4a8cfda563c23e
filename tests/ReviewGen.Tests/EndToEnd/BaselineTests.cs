using System.Text.Json;
using NJsonSchema;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary><c>reviewgen baseline</c> and <c>analyze --baseline</c> through the real CLI, with the suppressions in the fixture's code.</summary>
public sealed class BaselineTests(BaselineRun run) : IClassFixture<BaselineRun>
{
    [Fact]
    public void The_baseline_records_the_active_findings_and_says_how_many()
    {
        Assert.True(run.Recorded.ExitCode == 0, run.Recorded.StandardError);
        Assert.Contains("Recorded 2 findings in", run.Recorded.StandardOutput);
        using var baseline = JsonDocument.Parse(File.ReadAllText(run.BaselinePath));
        Assert.Equal(1, baseline.RootElement.GetProperty("version").GetInt32());
        var entries = baseline.RootElement.GetProperty("findings").EnumerateArray()
            .Select(e => (e.GetProperty("path").GetString(), e.GetProperty("startLine").GetInt32(), e.GetProperty("ruleId").GetString()));
        Assert.Equal([("Client.cs", 11, "RG0001"), ("appsettings.json", 3, "RG0040")], entries);
    }

    [Fact]
    public void Reviewing_the_same_code_against_it_hides_every_finding_and_says_how_many()
    {
        Assert.True(run.Unchanged.ExitCode == 0, run.Unchanged.StandardError);
        var review = run.UnchangedJson;
        Assert.Empty(review.GetProperty("findings").EnumerateArray());
        Assert.Equal(0, review.GetProperty("verdict").GetProperty("total").GetInt32());
        Assert.Equal(2, review.GetProperty("baseline").GetProperty("hidden").GetInt32());
        Assert.Equal(2, review.GetProperty("suppressed").EnumerateArray().Count(s => s.GetProperty("kind").GetString() == "external"));

        var markdown = File.ReadAllText(Path.Combine(run.UnchangedOutput, "review.md"));
        Assert.Contains("2 findings hidden by the baseline", markdown);
        Assert.Contains("\n## Suppressed findings\n", markdown);
        Assert.Contains("The baseline hid 2 findings accepted earlier", markdown);
    }

    [Fact]
    public void Each_suppression_in_the_code_is_honoured_and_the_one_without_a_reason_is_reported()
    {
        var suppressed = run.UnchangedJson.GetProperty("suppressed").EnumerateArray()
            .Where(s => s.GetProperty("kind").GetString() == "inSource")
            .Select(s => (s.GetProperty("syntax").GetString(), s.GetProperty("location").GetProperty("startLine").GetInt32(), s.GetProperty("justification").GetString()))
            .OrderBy(s => s.Item2);

        Assert.Equal(
            [
                ("reviewgen-ignore", 13, "the appliance speaks nothing newer"),
                ("pragma", 15, null),
                ("SuppressMessage", 19, "The scanner is replaced next quarter"),
            ],
            suppressed);
        var problem = Assert.Single(run.UnchangedJson.GetProperty("scope").GetProperty("loadProblems").EnumerateArray(),
            p => p.GetProperty("source").GetString() == "suppression");
        Assert.Equal("Client.cs", problem.GetProperty("path").GetString());
        Assert.Contains("RG0003", problem.GetProperty("message").GetString());
        Assert.Contains("line 15", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Sarif_marks_every_hidden_result_with_its_suppression()
    {
        var sarif = File.ReadAllText(Path.Combine(run.UnchangedOutput, "review.sarif"));
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Rendering", "Schemas", "sarif-2.1.0.json"));

        Assert.Empty(schema.Validate(sarif).Select(e => e.ToString()));
        var results = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(5, results.Length);
        var kinds = results.Select(r => Assert.Single(r.GetProperty("suppressions").EnumerateArray()).GetProperty("kind").GetString());
        Assert.Equal(["external", "external", "inSource", "inSource", "inSource"], kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void After_lines_are_added_a_defect_too_and_the_file_is_renamed_only_the_new_defect_shows()
    {
        Assert.True(run.Edited.ExitCode == 1, run.Edited.StandardError);
        var finding = Assert.Single(run.EditedJson.GetProperty("findings").EnumerateArray());
        Assert.Equal("RG0003", finding.GetProperty("ruleId").GetString());
        Assert.Equal("Connections.cs", finding.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(run.AddedLine, finding.GetProperty("location").GetProperty("startLine").GetInt32());
        Assert.Equal(2, run.EditedJson.GetProperty("baseline").GetProperty("hidden").GetInt32());
    }
}
