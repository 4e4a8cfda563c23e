using ReviewGen.Catalog;
using ReviewGen.Text;

namespace ReviewGen.Review;

/// <summary>The verdict paragraph and the ordered next steps: counts by severity, the most important fix first.</summary>
public static class VerdictWriter
{
    /// <param name="findings">The active findings: only they are counted and judged.</param>
    /// <param name="suppressed">The findings a suppression or the baseline hid: only said to exist, so that the reader knows the counts leave them out.</param>
    /// <param name="testAndSample">Test and sample code reviewed apart, said to exist but not counted; null when it is not apart.</param>
    public static Verdict Write(
        IReadOnlyList<FindingModel> findings,
        IReadOnlyList<CategorySection> sections,
        ReviewScope scope,
        int rulesRan,
        IReadOnlyList<SuppressedFinding> suppressed,
        BaselineSummary? baseline,
        TestAndSampleCode? testAndSample)
    {
        var counts = SeverityInfo.HighestFirst
            .Select(s => new SeverityCount(s.MachineName(), findings.Count(f => f.Severity == s.MachineName())))
            .ToArray();
        var regions = sections.Sum(s => s.Regions.Count);
        // With test and sample code apart, the sections hold production code only, and so must the count of its files.
        var tlsFiles = testAndSample is { Regions: > 0 }
            ? sections.SelectMany(s => s.Regions).Select(r => r.Location.Path).Distinct(StringComparer.Ordinal).Count()
            : scope.TlsDocuments;
        string summary;
        if (findings.Count == 0 && suppressed.Count > 0)
        {
            summary = $"No active finding: {CategoryWriter.Counted(rulesRan, "rule")} ran over {CategoryWriter.Counted(regions, "TLS region")} in " +
                      $"{CategoryWriter.Counted(tlsFiles, "file")}, and what they found is suppressed.";
        }
        else if (findings.Count == 0)
        {
            summary = regions == 0
                ? testAndSample is { Regions: > 0 }
                    ? "No TLS code was found outside test and sample code, so no defect in production code; each category below says what was looked for."
                    : $"No TLS code was found in the {CategoryWriter.Counted(scope.DocumentsReviewed, "C# document")} reviewed, so no defect either; each category below says what was looked for."
                : $"No defect found: {CategoryWriter.Counted(rulesRan, "rule")} ran over {CategoryWriter.Counted(regions, "TLS region")} in " +
                  $"{CategoryWriter.Counted(tlsFiles, "file")}; each category below states what the code does and which checks passed.";
        }
        else
        {
            var first = findings[0];
            var nonZero = counts.Where(c => c.Count > 0).Select(c => $"{c.Count} {c.Severity}");
            var configured = findings.Select(f => f.Location.Path).Where(path => scope.ConfigurationFiles.Any(c => c.Path == path)).Distinct(StringComparer.Ordinal).Count();
            var where = (regions, configured) switch
            {
                (_, 0) => $"{CategoryWriter.Counted(regions, "TLS region")} of {CategoryWriter.Counted(tlsFiles, "file")}",
                (0, _) => CategoryWriter.Counted(configured, "configuration file"),
                _ => $"{CategoryWriter.Counted(regions, "TLS region")} of {CategoryWriter.Counted(tlsFiles, "file")} and {CategoryWriter.Counted(configured, "configuration file")}",
            };
            summary = $"{CategoryWriter.Counted(findings.Count, "finding")} ({string.Join(", ", nonZero)}) in {where}. " +
                      $"Fix first: {first.Id}, {first.Title.TrimEnd('.')} ({first.RuleId}, {first.Severity}) in " +
                      $"{MarkdownInline.Location(first.Location.Path, first.Location.StartLine, first.Location.EndLine)}.";
        }
        summary += NotCounted(suppressed, baseline);
        if (testAndSample is { Findings.Count: > 0 } apart)
        {
            summary += $" Test and sample code has {CategoryWriter.Counted(apart.Findings.Count, "more finding")}, listed apart and not counted (see In test and sample code).";
        }
        if (scope.Projects.Any(p => p.Status != "loaded" || p.UnboundNames.Count > 0))
        {
            summary += " Part of the solution was not fully analyzed; see Scope and limits.";
        }
        return new Verdict(summary, counts, findings.Count);
    }

    private static string NotCounted(IReadOnlyList<SuppressedFinding> suppressed, BaselineSummary? baseline)
    {
        var inSource = suppressed.Count(s => s.Kind == SuppressedFinding.InSource);
        var parts = new List<string>();
        if (inSource > 0)
        {
            parts.Add($"{CategoryWriter.Counted(inSource, "finding")} suppressed in the code");
        }
        if (baseline is not null)
        {
            parts.Add($"{CategoryWriter.Counted(baseline.Hidden, "finding")} hidden by the baseline");
        }
        return suppressed.Count == 0
            ? baseline is null ? "" : " The baseline hid no finding."
            : $" Not counted: {EnglishList.Join(parts)} (see Suppressed findings).";
    }

    public static IReadOnlyList<string> NextSteps(IReadOnlyList<FindingModel> findings, IReadOnlyList<RuleSummary> rules, ReviewScope scope)
    {
        var steps = new List<string>();
        foreach (var group in findings.GroupBy(f => f.RuleId))
        {
            var rule = rules.First(r => r.Id == group.Key);
            var places = string.Join(", ", group.Select(f => $"{f.Id} ({MarkdownInline.Location(f.Location.Path, f.Location.StartLine, f.Location.EndLine)})"));
            // Findings come most severe first, and a .editorconfig may give a rule's findings different severities.
            steps.Add($"**{rule.Id}** ({group.First().Severity}) {rule.Title.TrimEnd('.')}: {places}. {rule.Remediation}");
        }
        // Only C# projects can be made to load for this review; the others are out of its scope.
        foreach (var project in scope.Projects.Where(p => p.Status == "failed" && p.Path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)))
        {
            steps.Add($"Make {MarkdownInline.Code(project.Path)} load ({project.Note}) and review again: its code was not reviewed.");
        }
        foreach (var project in scope.Projects.Where(p => p.UnboundNames.Count > 0))
        {
            steps.Add($"Make the names that did not resolve in {MarkdownInline.Code(project.Path)} resolve (restore its packages, or add the missing source) and review again: TLS code that uses them could not be fully checked.");
        }
        if (steps.Count == 0)
        {
            steps.Add("No fix is required by the rules that ran. Review again when TLS code changes.");
        }
        return steps;
    }
}
