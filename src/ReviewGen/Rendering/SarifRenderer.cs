using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReviewGen.Catalog;
using ReviewGen.Review;

namespace ReviewGen.Rendering;

/// <summary>
/// The findings as SARIF 2.1.0, the form GitHub code scanning and IDE viewers read. Only findings go here; the
/// prose of the review (observations, checks passed) has no place in SARIF. Suppressed findings are results too,
/// each with its <c>suppressions</c>, so that a viewer shows them as suppressed rather than as fixed. Every result
/// says in <c>properties.codeKind</c> whether it is in production, test or sample code, so that a viewer can filter.
/// </summary>
public sealed class SarifRenderer : IReviewRenderer
{
    private const string SrcRoot = "SRCROOT";

    public string Format => "sarif";

    public string FileName => "review.sarif";

    public string Render(ReviewModel review)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ReviewJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            WriteRun(json, review);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteRun(Utf8JsonWriter json, ReviewModel review)
    {
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", review.Tool.Name);
        json.WriteString("version", review.Tool.Version);
        json.WriteStartArray("rules");
        foreach (var rule in review.Rules)
            WriteRule(json, rule);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SrcRoot);
        // No "uri": the absolute folder differs per machine and would make the file differ per machine.
        WriteMessage(json, "description", "The folder that holds the reviewed solution file.");
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var finding in review.Findings.Concat(review.TestAndSample?.Findings ?? []))
            WriteResult(json, finding, RuleIndex(review.Rules, finding), suppression: null);
        foreach (var suppressed in review.Suppressed)
            WriteResult(json, suppressed.Finding, RuleIndex(review.Rules, suppressed.Finding), suppressed);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleSummary rule)
    {
        var severity = ParseSeverity(rule.Severity, rule.Id);
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", PascalCase(rule.Title));
        WriteMessage(json, "shortDescription", rule.Title);
        WriteMessage(json, "fullDescription", SafeMarkdown.ToPlainText(rule.Description));

        json.WriteStartObject("help");
        json.WriteString("text", SafeMarkdown.ToPlainText(rule.Description + "\n\n" + rule.Remediation));
        json.WriteString("markdown", HelpMarkdown(rule));
        json.WriteEndObject();

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", severity.SarifLevel());
        json.WriteEndObject();

        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue("security");
        if (rule.Cwe is { } cwe)
            json.WriteStringValue($"CWE-{cwe}");
        json.WriteEndArray();
        json.WriteString("security-severity", severity.SecuritySeverity());
        json.WriteString("category", rule.Category);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, FindingModel finding, int ruleIndex, SuppressedFinding? suppression)
    {
        var severity = ParseSeverity(finding.Severity, finding.Id);
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", severity.SarifLevel());
        json.WriteStartObject("message");
        json.WriteString("text", SafeMarkdown.ToPlainText(finding.Message));
        json.WriteString("markdown", finding.Message);
        json.WriteEndObject();

        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, finding.Location);
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("fullyQualifiedName", finding.Member);
        json.WriteString("kind", "member");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();

        if (finding.Related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < finding.Related.Count; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("id", i + 1);
                WritePhysicalLocation(json, finding.Related[i].Location);
                WriteMessage(json, "message", finding.Related[i].Description);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }

        // v2: the fingerprint no longer holds the path, so that a renamed file keeps its findings' identity.
        json.WriteStartObject("partialFingerprints");
        json.WriteString("reviewgen/v2", finding.Fingerprint);
        json.WriteEndObject();

        if (suppression is not null)
            WriteSuppression(json, suppression);

        json.WriteStartObject("properties");
        json.WriteString("category", finding.Category);
        json.WriteString("codeKind", finding.CodeKind);
        json.WriteString("security-severity", severity.SecuritySeverity());
        json.WriteStartArray("targetFrameworks");
        foreach (var framework in finding.TargetFrameworks)
            json.WriteStringValue(framework);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// SARIF's suppression object: "inSource" for a comment, pragma or attribute, with where it is written, and
    /// "external" for the baseline. A suppression in the code without a reason has an empty justification.
    /// </summary>
    private static void WriteSuppression(Utf8JsonWriter json, SuppressedFinding suppression)
    {
        json.WriteStartArray("suppressions");
        json.WriteStartObject();
        json.WriteString("kind", suppression.Kind);
        if (suppression.Kind == SuppressedFinding.InSource)
            json.WriteString("justification", suppression.Justification ?? "");
        if (suppression.Location is { } location)
        {
            json.WriteStartObject("location");
            WritePhysicalLocation(json, location);
            json.WriteEndObject();
        }
        json.WriteStartObject("properties");
        json.WriteString("syntax", suppression.Syntax);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(location.Path));
        json.WriteString("uriBaseId", SrcRoot);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.StartLine);
        json.WriteNumber("endLine", location.EndLine);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string HelpMarkdown(RuleSummary rule)
    {
        var help = new StringBuilder()
            .Append(rule.Description).Append("\n\n")
            .Append("**Fix:** ").Append(rule.Remediation).Append('\n');
        if (rule.References.Count > 0)
        {
            help.Append("\nReferences:\n\n");
            foreach (var reference in rule.References)
                help.Append("- <").Append(reference).Append(">\n");
        }
        return help.ToString();
    }

    private static int RuleIndex(IReadOnlyList<RuleSummary> rules, FindingModel finding)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Id == finding.RuleId)
                return i;
        }
        throw new InvalidOperationException($"Finding {finding.Id} names rule {finding.RuleId}, which the review's rule list lacks.");
    }

    private static Severity ParseSeverity(string name, string owner) =>
        SeverityInfo.TryParse(name, out var severity)
            ? severity
            : throw new InvalidOperationException($"{owner} has severity '{name}', which is not one of {string.Join(", ", SeverityInfo.MachineNames)}.");

    /// <summary>"Certificate validation disabled" → "CertificateValidationDisabled", SARIF's convention for rule names.</summary>
    internal static string PascalCase(string title)
    {
        var name = new StringBuilder(title.Length);
        foreach (var word in Regex.Split(title, "[^A-Za-z0-9]+").Where(w => w.Length > 0))
            name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        return name.ToString();
    }

    /// <summary>A path relative to the solution folder as a URI reference: each segment percent-encoded, slashes kept.</summary>
    internal static string RelativeUri(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
