namespace ReviewGen.Review;

/// <summary>
/// Everything a renderer needs, captured while the workspace was alive. Renderers read only this; it is also what
/// <c>--format json</c> writes, so every field name here is part of the published schema (<see cref="SchemaVersion"/>).
/// Severities and categories are held as their machine names ("high", "certificates").
/// </summary>
/// <param name="Findings">The active findings, in report order: what the verdict counts and <c>--fail-on</c> judges. With
/// <c>testCode: separate</c> (the default), only those in production code.</param>
/// <param name="Suppressed">Findings a suppression in the code or the baseline hid, in report order.</param>
/// <param name="Baseline">The baseline the review was compared with; null when none was given.</param>
public sealed record ReviewModel(
    string SchemaVersion,
    ToolInfo Tool,
    SolutionInfo Solution,
    ReviewScope Scope,
    Verdict Verdict,
    IReadOnlyList<FindingModel> Findings,
    IReadOnlyList<SuppressedFinding> Suppressed,
    BaselineSummary? Baseline,
    IReadOnlyList<CategorySection> Categories,
    IReadOnlyList<RuleSummary> Rules,
    IReadOnlyList<string> NextSteps)
{
    public const string CurrentSchemaVersion = "1.3";

    /// <summary>
    /// The active findings in test and sample code, reported apart and not counted (<c>testCode: separate</c>); null when
    /// the configuration reviews that code like the rest or not at all (added in schema 1.3).
    /// </summary>
    public TestAndSampleCode? TestAndSample { get; init; }
}

/// <summary>Test and sample code, reviewed apart from production code: its findings one severity lower, never counted.</summary>
/// <param name="Summary">Markdown: what was found there and how it is reported.</param>
/// <param name="Files">Reviewed files of test and sample code.</param>
/// <param name="Regions">TLS regions in them.</param>
/// <param name="Findings">Their active findings, in report order, numbered "T1", "T2"….</param>
public sealed record TestAndSampleCode(string Summary, int Files, int Regions, IReadOnlyList<FindingModel> Findings);

public sealed record ToolInfo(string Name, string Version);

/// <param name="Name">The solution's name, for the title.</param>
/// <param name="Path">The file that was loaded, relative to the folder it is in (its file name).</param>
public sealed record SolutionInfo(string Name, string Path);

/// <param name="Projects">Every project of the solution, sorted by path, whether it loaded or not.</param>
/// <param name="DocumentsReviewed">C# documents the review covered, counted once across target frameworks.</param>
/// <param name="LinesReviewed">Lines of those documents, each document counted once (added in schema 1.2).</param>
/// <param name="TlsDocuments">Of those, the documents that hold at least one TLS region.</param>
/// <param name="Categories">Machine names of the categories this review covers (all seven unless filtered).</param>
/// <param name="LoadProblems">Restore, MSBuild and binding problems, and suppressions that give no reason, sorted; paths relative to the solution folder.</param>
/// <param name="ConfigurationFiles">The configuration files of the reviewed projects, read and judged like code.</param>
public sealed record ReviewScope(
    IReadOnlyList<ProjectScope> Projects,
    int DocumentsReviewed,
    int LinesReviewed,
    int TlsDocuments,
    IReadOnlyList<string> Categories,
    IReadOnlyList<LoadProblem> LoadProblems,
    IReadOnlyList<ConfigurationFileScope> ConfigurationFiles)
{
    /// <summary>How the repository's configuration shaped the review (added in schema 1.3).</summary>
    public SettingsSummary Settings { get; init; } = SettingsSummary.None;

    /// <summary>Files of the reviewed projects the configuration kept out of the review, sorted by path (added in schema 1.3).</summary>
    public IReadOnlyList<ExcludedFileScope> Excluded { get; init; } = [];
}

/// <param name="File">The reviewgen.json that was read, relative to the solution folder; null when there was none.</param>
/// <param name="TestCode">How test and sample code was treated: "separate", "same" or "ignore".</param>
/// <param name="Exclude">The globs of <c>exclude</c>, in the file's order, each with how many files it kept out.</param>
/// <param name="Rules">The rules reviewgen.json turned off or gave another severity, by id.</param>
/// <param name="CategoriesOff">Machine names of the categories reviewgen.json turned off.</param>
/// <param name="EditorConfig">Severities that .editorconfig files gave findings, by rule and setting, with how many findings each.</param>
public sealed record SettingsSummary(
    string? File,
    string TestCode,
    IReadOnlyList<ExcludeSummary> Exclude,
    IReadOnlyList<RuleOverride> Rules,
    IReadOnlyList<string> CategoriesOff,
    IReadOnlyList<EditorConfigOverride> EditorConfig)
{
    public static SettingsSummary None { get; } = new(null, "separate", [], [], [], []);
}

public sealed record ExcludeSummary(string Pattern, int Files);

/// <param name="Setting">"off", or the severity the rule is reported with.</param>
public sealed record RuleOverride(string RuleId, string Setting);

/// <param name="Setting">"off", or the severity given.</param>
/// <param name="Findings">How many findings it applied to: turned off, these are not reported.</param>
public sealed record EditorConfigOverride(string RuleId, string Setting, int Findings);

/// <param name="Setting">The reviewgen.json key that excludes it: "exclude" or "testCode".</param>
/// <param name="Value">The glob that matched, or the kind of code ("test", "sample") that <c>testCode: ignore</c> leaves out.</param>
public sealed record ExcludedFileScope(string Path, string Setting, string Value);

/// <param name="Format">"json", "xml" or "project".</param>
/// <param name="Settings">How many values the file holds.</param>
/// <param name="Error">Why the file could not be read; null when it was.</param>
public sealed record ConfigurationFileScope(string Path, string Project, string Format, int Settings, string? Error);

/// <param name="Status">"loaded", "degraded" (reviewed from its sources without a full MSBuild evaluation) or "failed".</param>
/// <param name="UnboundNames">Namespaces or types the project's TLS code uses that did not bind (a missing package), sorted.</param>
public sealed record ProjectScope(
    string Name,
    string Path,
    IReadOnlyList<string> TargetFrameworks,
    string Status,
    int Documents,
    IReadOnlyList<string> UnboundNames,
    string? Note)
{
    /// <summary>"production", "test" or "sample" (added in schema 1.3).</summary>
    public string CodeKind { get; init; } = "production";
}

/// <param name="Severity">"warning" or "error".</param>
/// <param name="Source">"restore", "msbuild", "sdk", "binding" or "suppression" (one that gives no reason).</param>
public sealed record LoadProblem(string Severity, string Source, string Message, string? Path);

/// <param name="Summary">One Markdown paragraph: what was found and the most important fix.</param>
/// <param name="Counts">One entry per severity, highest first, zeros included.</param>
public sealed record Verdict(string Summary, IReadOnlyList<SeverityCount> Counts, int Total);

public sealed record SeverityCount(string Severity, int Count);

/// <param name="Id">Position in the review, "F1", "F2"…, in report order; a suppressed finding's is "S1", "S2"….</param>
/// <param name="Message">Markdown: what is wrong at this place.</param>
/// <param name="Remediation">Markdown: how to fix it.</param>
/// <param name="Member">Type.Member: the member that holds the finding, as an identity.</param>
/// <param name="MemberText">Markdown: the member as a sentence names it ("the `Client` constructor").</param>
/// <param name="Fingerprint">Stable across unrelated edits and renames: the rule, the normalized flagged code and its rank among identical ones.</param>
public sealed record FindingModel(
    string Id,
    string RuleId,
    string Title,
    string Severity,
    string Category,
    int? Cwe,
    string Message,
    string Remediation,
    IReadOnlyList<string> References,
    SourceLocation Location,
    string Member,
    string MemberText,
    IReadOnlyList<string> TargetFrameworks,
    IReadOnlyList<RelatedLocation> Related,
    CodeExcerpt Excerpt,
    string Fingerprint)
{
    /// <summary>"production", "test" or "sample": what the file is written for (added in schema 1.3).</summary>
    public string CodeKind { get; init; } = "production";
}

/// <summary>A finding that is not reported as active, and what hid it.</summary>
/// <param name="Kind">"inSource" (written in the code) or "external" (the baseline), as SARIF names suppressions.</param>
/// <param name="Syntax">"reviewgen-ignore", "pragma", "SuppressMessage" or "baseline".</param>
/// <param name="Justification">The reason written with the suppression; null when none was (the scope then reports it).</param>
/// <param name="Location">Where the suppression is written; null for the baseline.</param>
public sealed record SuppressedFinding(FindingModel Finding, string Kind, string Syntax, string? Justification, SourceLocation? Location)
{
    public const string InSource = "inSource";

    public const string External = "external";
}

/// <param name="Entries">How many findings the baseline records.</param>
/// <param name="Hidden">How many findings of this review it hid; the other entries match nothing any more (fixed, or changed).</param>
public sealed record BaselineSummary(int Entries, int Hidden);

/// <param name="Path">Relative to the solution folder, with forward slashes.</param>
public sealed record SourceLocation(string Path, int StartLine, int EndLine);

public sealed record RelatedLocation(SourceLocation Location, string Description);

/// <summary>Source lines around a finding, with Roslyn's classification of every token.</summary>
/// <param name="Language">The fence language of the file: "csharp", "json" or "xml".</param>
public sealed record CodeExcerpt(string Path, int StartLine, int EndLine, string Language, IReadOnlyList<ExcerptLine> Lines);

/// <param name="Flagged">True on the lines the finding points at.</param>
public sealed record ExcerptLine(int Number, bool Flagged, string Text, IReadOnlyList<ClassifiedText> Spans);

/// <param name="Classification">Roslyn's classification name ("keyword", "class name", "string"…), or "text".</param>
public sealed record ClassifiedText(string Text, string Classification);

/// <param name="Summary">Markdown: one paragraph that states what the code of this category does, or that there is none and what was looked for; its count is of the places listed.</param>
/// <param name="Regions">Every region of the category, listed or not: the inventory the rules ran over.</param>
/// <param name="Observations">One per place listed: a region's sentence followed by the rules' judgements of code inside it, or a judgement that no region holds.</param>
/// <param name="ChecksPassed">Rules of this category that ran over its regions and found nothing.</param>
/// <param name="FindingIds">Ids of this category's findings, in report order.</param>
public sealed record CategorySection(
    int Number,
    string Name,
    string Heading,
    string Summary,
    IReadOnlyList<RegionModel> Regions,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<CheckPassed> ChecksPassed,
    IReadOnlyList<string> FindingIds);

/// <param name="Symbols">Fully-qualified names of the TLS symbols the region touches, sorted.</param>
public sealed record RegionModel(SourceLocation Location, string Member, IReadOnlyList<string> Symbols, IReadOnlyList<string> TargetFrameworks);

/// <param name="Text">Markdown, one or more sentences generated from the analysis.</param>
public sealed record Observation(string Text, SourceLocation Location);

/// <param name="Description">Markdown: what was looked for and found absent ("no callback that accepts every certificate").</param>
public sealed record CheckPassed(string RuleId, string Description);

public sealed record RuleSummary(
    string Id,
    string Title,
    string Category,
    string Severity,
    int? Cwe,
    string Description,
    string Remediation,
    IReadOnlyList<string> References);
