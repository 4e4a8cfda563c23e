using System.Text.Json;

namespace ReviewGen.Tests.Support;

/// <summary>
/// Reviews a fixture solution whose expected findings are marked in its code and configuration files, through the real
/// CLI, and compares:
/// missed findings, unexpected ones, and recall and false alarms per category for the test output.
/// </summary>
public sealed class MarkedSolutionReview
{
    private MarkedSolutionReview(IReadOnlySet<(string Path, int Line, string RuleId)> expected, IReadOnlyList<(string Path, int Line, string RuleId, string Category)> reported, CliRunner.Result run)
    {
        Expected = expected;
        Reported = reported;
        Run = run;
    }

    public IReadOnlySet<(string Path, int Line, string RuleId)> Expected { get; }

    public IReadOnlyList<(string Path, int Line, string RuleId, string Category)> Reported { get; }

    public CliRunner.Result Run { get; }

    public IEnumerable<string> Missed =>
        Expected.Except(Reported.Select(r => (r.Path, r.Line, r.RuleId))).Select(e => $"missed {e.RuleId} at {e.Path}:{e.Line}");

    public IEnumerable<string> Unexpected =>
        Reported.Select(r => (r.Path, r.Line, r.RuleId)).Except(Expected).Select(e => $"unexpected {e.RuleId} at {e.Path}:{e.Line}");

    public static async Task<MarkedSolutionReview> RunAsync(string solution, params string[] extraArguments)
    {
        var run = await CliRunner.RunAsync(["analyze", solution, "--format", "json", .. extraArguments]);
        return Compare(solution, run.ExitCode is 0 or 1 ? run.StandardOutput : null, run);
    }

    /// <summary>Compares a JSON review of <paramref name="solution"/> with the markers in the solution's code.</summary>
    public static MarkedSolutionReview Compare(string solution, string? reviewJson, CliRunner.Result run)
    {
        var folder = Path.GetDirectoryName(solution)!;
        string[] marked = ["*.cs", "*.json", "*.config", "*.csproj"];
        var expected = marked.SelectMany(pattern => Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories))
            .Where(f => !f.Replace('\\', '/').Contains("/obj/") && !f.Replace('\\', '/').Contains("/bin/"))
            .SelectMany(f => ExpectationMarkers.Read(f, Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .ToHashSet();
        var reported = new List<(string, int, string, string)>();
        if (reviewJson is not null)
        {
            using var json = JsonDocument.Parse(reviewJson);
            foreach (var finding in json.RootElement.GetProperty("findings").EnumerateArray())
            {
                var location = finding.GetProperty("location");
                reported.Add((location.GetProperty("path").GetString()!, location.GetProperty("startLine").GetInt32(),
                    finding.GetProperty("ruleId").GetString()!, finding.GetProperty("category").GetString()!));
            }
        }
        return new MarkedSolutionReview(expected, reported, run);
    }

    /// <summary>"certificates: 14 of 14 found, 0 false alarms", one line per category, from the rule catalog's categories.</summary>
    public IEnumerable<string> ScorePerCategory()
    {
        var categoryOf = global::ReviewGen.Rules.RuleCatalog.Load(InMemorySolution.RulesDirectory).Rules
            .ToDictionary(r => r.Id, r => global::ReviewGen.Catalog.CategoryInfo.Of(r.Category).MachineName);
        var reported = Reported.Select(r => (r.Path, r.Line, r.RuleId)).ToHashSet();
        return global::ReviewGen.Catalog.CategoryInfo.MachineNames.Select(category =>
        {
            var expected = Expected.Where(e => categoryOf[e.RuleId] == category).ToArray();
            var falseAlarms = Reported.Count(r => r.Category == category && !Expected.Contains((r.Path, r.Line, r.RuleId)));
            return $"{category}: {expected.Count(reported.Contains)} of {expected.Length} found, {falseAlarms} false alarms";
        });
    }
}
