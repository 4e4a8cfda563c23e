using Microsoft.CodeAnalysis;

namespace ReviewGen.Loading;

/// <summary>
/// MSBuild properties of a loaded project, as its design-time build evaluated them. The workspace does not expose
/// properties, so the loader imports <c>MSBuild/ReviewGen.Loading.targets</c> into every project, which makes the SDK
/// write them into the project's generated .editorconfig; they are read back from the project's analyzer options.
/// </summary>
public static class EvaluatedProperties
{
    /// <summary>The file the loader passes to MSBuild, shipped beside the tool.</summary>
    public static string TargetsPath => Path.Combine(AppContext.BaseDirectory, "MSBuild", "ReviewGen.Loading.targets");

    /// <summary>
    /// MSBuild imports the file named by this property after the C# targets of every project. A repository that sets
    /// it itself loses its own import during the review: the global property wins.
    /// </summary>
    public const string ImportProperty = "CustomAfterMicrosoftCSharpTargets";

    /// <summary>True when MSBuild set <c>IsTestProject</c> to true: the test SDK (Microsoft.NET.Test.Sdk, MSTest.Sdk) does.</summary>
    public static bool IsTestProject(Project project) =>
        project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.IsTestProject", out var value)
        && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
