using Microsoft.CodeAnalysis;
using ReviewGen.Catalog;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>
/// Entry point of the rule stage: runs every rule of the catalog over every TLS document and every configuration file. A place found by several
/// target frameworks' compilations is one finding that lists them all.
/// </summary>
public static class RuleEngine
{
    private static readonly IReadOnlyList<IRuleCheck> Checks =
        [
            new SymbolReferenceCheck(), new EnumValueCheck(), new AssignedValueCheck(), new OverrideReturnCheck(),
            new HardcodedArgumentCheck(), new DiscardedResultCheck(), new OverrideIgnoresCheck(), new OverrideOffersCheck(),
            new CallArgumentCheck(), new InstanceCallCheck(), new SettingDefaultsCheck(), new ValidationCallbackCheck(),
            new AnyClientCertificateCheck(), new ExtraStoreTrustCheck(), new UndisposedConnectionCheck(), new UnobservedHandshakeCheck(),
            new SwallowedHandshakeFailureCheck(), new DowngradeRetryCheck(), new ConnectionStringArgumentCheck(),
        ];

    private static readonly IReadOnlyList<IConfigurationCheck> ConfigurationChecks = [new ConfigValueCheck(), new ConfigSwitchCheck(), new ConnectionStringCheck()];

    public static async Task<RuleResults> RunAsync(
        DiscoveryResult discovery,
        RuleCatalog catalog,
        TlsSymbolCatalog symbols,
        IReadOnlySet<TlsCategory> categories,
        Solution solution,
        Func<string, string> relativePath,
        CancellationToken ct)
    {
        var context = new RuleContext(solution, symbols, relativePath, ct);
        var findings = new List<RuleFinding>();
        var observations = new List<RuleObservation>();
        foreach (var rule in catalog.Rules.Where(r => categories.Contains(r.Category)))
        {
            foreach (var document in discovery.Documents)
            {
                ct.ThrowIfCancellationRequested();
                var output = new CheckOutput(rule, document);
                foreach (var check in Checks.Where(c => c.AppliesTo(rule)))
                {
                    await check.RunAsync(rule, document, output, context);
                }
                findings.AddRange(output.Findings);
                observations.AddRange(output.Observations);
            }
            foreach (var file in discovery.ConfigurationFiles)
            {
                var output = new ConfigurationOutput(rule, file);
                foreach (var check in ConfigurationChecks.Where(c => c.AppliesTo(rule)))
                {
                    check.Run(rule, file, output);
                }
                findings.AddRange(output.Findings);
                observations.AddRange(output.Observations);
            }
        }
        return new RuleResults(catalog, MergeAcrossTargets(findings), observations.Distinct().ToArray());
    }

    private static IReadOnlyList<RuleFinding> MergeAcrossTargets(IEnumerable<RuleFinding> findings) =>
        findings
            .GroupBy(f => (f.Rule.Id, f.Path, f.Place.Start, f.Place.Code, f.Message))
            .Select(g => g.First() with
            {
                TargetFrameworks = g.SelectMany(f => f.TargetFrameworks).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            })
            .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Place.Start).ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .ToArray();
}
