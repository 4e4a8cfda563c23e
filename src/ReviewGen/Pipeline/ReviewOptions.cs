using ReviewGen.Catalog;

namespace ReviewGen.Pipeline;

/// <param name="InputPath">A .sln, .slnx, .csproj or a folder holding one.</param>
/// <param name="Restore">Run <c>dotnet restore</c> before loading.</param>
/// <param name="Categories">The categories to review; all seven by default.</param>
/// <param name="RulesDirectory">Where the rule catalog lives; the tool's own <c>rules/</c> by default.</param>
public sealed record ReviewOptions(string InputPath, bool Restore, IReadOnlySet<TlsCategory> Categories, string RulesDirectory)
{
    /// <summary>
    /// How many documents discovery and the rules work on at once: the core count by default. The output does not
    /// depend on it; 1 runs everything in order, for comparing with a parallel run or reading a trace.
    /// </summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// A baseline written by <c>reviewgen baseline</c>: the findings it records are hidden from the review, which says
    /// how many. Null hides none.
    /// </summary>
    public string? BaselinePath { get; init; }

    /// <summary>
    /// The reviewgen.json to read (<c>--config</c>). Null looks for one in the input's folder, then in its parents up to
    /// the repository root.
    /// </summary>
    public string? SettingsPath { get; init; }

    public static string DefaultRulesDirectory => Path.Combine(AppContext.BaseDirectory, "rules");

    public static IReadOnlySet<TlsCategory> AllCategories { get; } = CategoryInfo.All.Select(c => c.Category).ToHashSet();
}
