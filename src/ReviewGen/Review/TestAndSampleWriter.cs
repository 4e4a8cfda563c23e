using ReviewGen.Catalog;
using ReviewGen.Discovery;

namespace ReviewGen.Review;

/// <summary>The section of test and sample code, reviewed apart: what was looked at there and what was found.</summary>
public static class TestAndSampleWriter
{
    /// <param name="findings">The active findings in test and sample code, in report order, their severities already lowered.</param>
    public static TestAndSampleCode Write(DiscoveryResult discovery, IReadOnlyList<FindingModel> findings)
    {
        var files = discovery.CodeKinds.Count(k => k.Value != CodeKind.Production);
        var regions = discovery.Regions.Count(r => discovery.KindOf(r.Path) != CodeKind.Production);
        string summary;
        if (files == 0)
        {
            summary = "No test or sample code was reviewed: no file of the reviewed projects is in a test project or in a folder named like test(s), sample(s), example(s) or demo(s).";
        }
        else if (findings.Count == 0)
        {
            summary = $"{CategoryWriter.Counted(files, "file")} of test and sample code, with {CategoryWriter.Counted(regions, "TLS region")}, reviewed apart from production code: no finding.";
        }
        else
        {
            var bySeverity = SeverityInfo.HighestFirst
                .Select(s => (Name: s.MachineName(), Count: findings.Count(f => f.Severity == s.MachineName())))
                .Where(c => c.Count > 0)
                .Select(c => $"{c.Count} {c.Name}");
            var withFindings = findings.Select(f => f.Location.Path).Distinct(StringComparer.Ordinal).Count();
            summary = $"{CategoryWriter.Counted(findings.Count, "finding")} ({string.Join(", ", bySeverity)}) in {CategoryWriter.Counted(withFindings, "file")} of test and sample code " +
                      $"({CategoryWriter.Counted(files, "file")} and {CategoryWriter.Counted(regions, "TLS region")} reviewed there). Code written to test or demonstrate is " +
                      "often insecure on purpose, so each finding is one severity lower than in production code, and none counts toward the verdict or `--fail-on`. " +
                      "Check that none of this code is shipped or copied into production code.";
        }
        return new TestAndSampleCode(summary, files, regions, findings);
    }
}
