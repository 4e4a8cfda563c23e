using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ReviewGen.Catalog;
using ReviewGen.Discovery;
using ReviewGen.Loading;
using ReviewGen.Pipeline;
using ReviewGen.Rules;

namespace ReviewGen.Tests.Support;

/// <summary>
/// A one-project solution compiled in memory against the running runtime's assemblies, for rule and discovery tests
/// that need real binding but not MSBuild. Files live under a virtual root so paths in results are stable.
/// </summary>
public static class InMemorySolution
{
    public const string Root = "/fixture";

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal))
            .Append(typeof(Org.BouncyCastle.Tls.PskTlsClient).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    public static LoadedSolution Create(params (string Path, string Code)[] files)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var projectPath = $"{Root}/Fixture.csproj";
        var info = ProjectInfo.Create(projectId, VersionStamp.Default, "Fixture", "Fixture", LanguageNames.CSharp,
            filePath: projectPath,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References.Value);
        var solution = workspace.CurrentSolution.AddProject(info);
        foreach (var (path, code) in files)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(code), filePath: $"{Root}/{path}");
        }
        return new LoadedSolution
        {
            Workspace = workspace,
            Solution = solution,
            InputPath = $"{Root}/Fixture.csproj",
            RootDirectory = Root,
            Name = "Fixture",
            Projects = [new ProjectLoadResult("Fixture", projectPath, ProjectLoadStatus.Loaded, [new ProjectTarget(projectId, null)], null)],
            Diagnostics = [],
        };
    }

    public static string RulesDirectory => Path.Combine(AppContext.BaseDirectory, "rules");

    public static async Task<(DiscoveryResult Discovery, RuleResults Results)> AnalyzeAsync(LoadedSolution loaded)
    {
        var catalog = TlsSymbolCatalog.Load(RulesDirectory);
        var discovery = await RegionLocator.LocateAsync(loaded, catalog, CancellationToken.None);
        var results = await RuleEngine.RunAsync(discovery, RuleCatalog.Load(RulesDirectory), catalog, ReviewOptions.AllCategories,
            loaded.Solution, loaded.RelativePath, CancellationToken.None);
        return (discovery, results);
    }

    public static IReadOnlySet<(string Path, int Line, string RuleId)> Reported(RuleResults results) =>
        results.Findings.Select(f => (f.Document.Path, f.StartLine, f.Rule.Id)).ToHashSet();
}
