using ReviewGen.Catalog;

namespace ReviewGen.Settings;

/// <summary>
/// What a repository's <c>reviewgen.json</c> says: the paths never reviewed, per-rule and per-category overrides, and
/// how test and sample code is treated. Two settings are equal when they say the same, collections compared by content.
/// </summary>
/// <param name="SourcePath">The absolute path of the file read; null for <see cref="Default"/>.</param>
/// <param name="Exclude">The <c>"exclude"</c> globs, in file order.</param>
/// <param name="Rules">The <c>"rules"</c> entries by rule id (ordinal).</param>
/// <param name="CategoriesOff">The categories <c>"categories"</c> turns off.</param>
/// <param name="TestCode">The <c>"testCode"</c> mode.</param>
public sealed record ReviewSettings(
    string? SourcePath,
    IReadOnlyList<ExcludePattern> Exclude,
    IReadOnlyDictionary<string, RuleSetting> Rules,
    IReadOnlySet<TlsCategory> CategoriesOff,
    TestCodeMode TestCode)
{
    /// <summary>No file: nothing excluded, no overrides, test and sample code separate.</summary>
    public static ReviewSettings Default { get; } = new(
        null, [], new SortedDictionary<string, RuleSetting>(StringComparer.Ordinal), new SortedSet<TlsCategory>(), TestCodeMode.Separate);

    /// <summary>The first pattern of <see cref="Exclude"/> matching the path (relative to the solution folder, forward slashes), or null.</summary>
    public ExcludePattern? ExcludedBy(string relativePath) => Exclude.FirstOrDefault(p => p.Matches(relativePath));

    public bool Equals(ReviewSettings? other) =>
        other is not null
        && string.Equals(SourcePath, other.SourcePath, StringComparison.Ordinal)
        && Exclude.SequenceEqual(other.Exclude)
        && Rules.Count == other.Rules.Count
        && Rules.All(r => other.Rules.TryGetValue(r.Key, out var setting) && setting == r.Value)
        && CategoriesOff.SetEquals(other.CategoriesOff)
        && TestCode == other.TestCode;

    public override int GetHashCode() => HashCode.Combine(SourcePath, Exclude.Count, Rules.Count, CategoriesOff.Count, TestCode);
}
