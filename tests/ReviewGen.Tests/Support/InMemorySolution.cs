using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ReviewGen.Catalog;
using ReviewGen.Discovery;
using ReviewGen.Loading;
using ReviewGen.Pipeline;
using ReviewGen.Review;
using ReviewGen.Review.Baselines;
using ReviewGen.Rules;
using ReviewGen.Settings;

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
            // The test host's own xunit would make the fixture a test project, whose findings are reported apart.
            .Where(p => !Path.GetFileName(p).StartsWith("xunit.", StringComparison.OrdinalIgnoreCase))
            .Concat(LibraryAssemblies)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    /// <summary>
    /// The packages whose TLS APIs the rules judge, named so that the test assembly keeps them; System.Data.SqlClient,
    /// whose types are all obsolete, comes with the trusted platform list as a dependency of the tests.
    /// </summary>
    private static IEnumerable<string> LibraryAssemblies =>
    [
        typeof(Org.BouncyCastle.Tls.PskTlsClient).Assembly.Location,
        typeof(Microsoft.Data.SqlClient.SqlConnectionStringBuilder).Assembly.Location,
        typeof(Npgsql.NpgsqlConnectionStringBuilder).Assembly.Location,
        typeof(MySqlConnector.MySqlConnectionStringBuilder).Assembly.Location,
        typeof(StackExchange.Redis.ConfigurationOptions).Assembly.Location,
        typeof(MailKit.MailService).Assembly.Location,
        typeof(MimeKit.MimeMessage).Assembly.Location,
        typeof(MQTTnet.MqttClientTlsOptions).Assembly.Location,
    ];

    public static LoadedSolution Create(params (string Path, string Code)[] files) => Build([], files);

    /// <summary>
    /// A project compiled once per target framework, with the preprocessor symbols the SDK defines (NET8_0), as
    /// MSBuildWorkspace loads it: a single target is unnamed, several are named.
    /// </summary>
    public static LoadedSolution CreateTargeted(IReadOnlyList<string> frameworks, params (string Path, string Code)[] files) => Build(frameworks, files);

    private static LoadedSolution Build(IReadOnlyList<string> targets, (string Path, string Code)[] files)
    {
        var workspace = new AdhocWorkspace();
        var projectPath = $"{Root}/Fixture.csproj";
        var solution = workspace.CurrentSolution;
        var loaded = new List<ProjectTarget>();
        foreach (var framework in targets.Count == 0 ? [null] : targets.Select(t => (string?)t))
        {
            var symbols = framework is null ? [] : new[] { framework.Replace("net", "NET", StringComparison.Ordinal).Replace('.', '_') };
            var (next, id) = AddProject(solution, projectPath, symbols, files);
            solution = next;
            loaded.Add(new ProjectTarget(id, targets.Count > 1 ? framework : null));
        }
        return new LoadedSolution
        {
            Workspace = workspace,
            Solution = solution,
            InputPath = projectPath,
            RootDirectory = Root,
            Name = "Fixture",
            Projects = [new ProjectLoadResult("Fixture", projectPath, ProjectLoadStatus.Loaded, loaded, null)],
            Diagnostics = [],
        };
    }

    private static (Solution Solution, ProjectId Id) AddProject(Solution solution, string projectPath, IEnumerable<string> symbols, (string Path, string Code)[] files)
    {
        var projectId = ProjectId.CreateNewId();
        var info = ProjectInfo.Create(projectId, VersionStamp.Default, "Fixture", "Fixture", LanguageNames.CSharp,
            filePath: projectPath,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: symbols),
            metadataReferences: References.Value);
        solution = solution.AddProject(info);
        foreach (var (path, code) in files)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(code), filePath: $"{Root}/{path}");
        }
        return (solution, projectId);
    }

    public static string RulesDirectory => Path.Combine(AppContext.BaseDirectory, "rules");

    public static async Task<(DiscoveryResult Discovery, RuleResults Results)> AnalyzeAsync(LoadedSolution loaded)
    {
        var catalog = TlsSymbolCatalog.Load(RulesDirectory);
        var discovery = await RegionLocator.LocateAsync(loaded, catalog, ReviewSettings.Default, Environment.ProcessorCount, progress: null, CancellationToken.None);
        var results = await RuleEngine.RunAsync(discovery, RuleCatalog.Load(RulesDirectory), catalog, ReviewOptions.AllCategories,
            loaded.RelativePath, Environment.ProcessorCount, progress: null, CancellationToken.None);
        return (discovery, results);
    }

    /// <summary>The review model of the files, built as the pipeline builds it, compared with <paramref name="baseline"/> when given.</summary>
    public static async Task<ReviewModel> ReviewAsync(BaselineFile? baseline, params (string Path, string Code)[] files)
    {
        using var loaded = Create(files);
        var (discovery, results) = await AnalyzeAsync(loaded);
        return await ReviewBuilder.BuildAsync(loaded, discovery, results, TlsSymbolCatalog.Load(RulesDirectory),
            ReviewOptions.AllCategories, baseline, ReviewSettings.Default, CancellationToken.None);
    }

    public static IReadOnlySet<(string Path, int Line, string RuleId)> Reported(RuleResults results) =>
        results.Findings.Select(f => (f.Path, f.StartLine, f.Rule.Id)).ToHashSet();
}
