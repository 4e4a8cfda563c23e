using Microsoft.CodeAnalysis;
using ReviewGen.Catalog;
using ReviewGen.Discovery;
using ReviewGen.Scheduling;

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

    /// <param name="maxParallelism">How many documents are checked at once; 1 checks them one after the other.</param>
    public static async Task<RuleResults> RunAsync(
        DiscoveryResult discovery,
        RuleCatalog catalog,
        TlsSymbolCatalog symbols,
        IReadOnlySet<TlsCategory> categories,
        Func<string, string> relativePath,
        int maxParallelism,
        IProgress<string>? progress,
        CancellationToken ct)
    {
        var context = new RuleContext(discovery.Solution, symbols, relativePath, ct);
        var rules = catalog.Rules.Where(r => categories.Contains(r.Category)).ToArray();
        var counter = new StepCounter("Checking rules", discovery.Documents.Count, progress);
        // Per document, every rule: a document's checks share nothing with another document's but the context's caches.
        var byDocument = await OrderedParallel.MapAsync(discovery.Documents, maxParallelism, async (document, token) =>
        {
            var outputs = new CheckOutput[rules.Length];
            for (var i = 0; i < rules.Length; i++)
            {
                token.ThrowIfCancellationRequested();
                outputs[i] = new CheckOutput(rules[i], document);
                foreach (var check in Checks.Where(c => c.AppliesTo(rules[i])))
                {
                    await check.RunAsync(rules[i], document, outputs[i], context);
                }
            }
            counter.Advance();
            return outputs;
        }, ct);

        // Put together rule by rule, document by document, as a serial run does: merging keeps the first of equal
        // findings, so this order is part of the output.
        var findings = new List<RuleFinding>();
        var observations = new List<RuleObservation>();
        for (var i = 0; i < rules.Length; i++)
        {
            foreach (var output in byDocument.Select(outputs => outputs[i]))
            {
                findings.AddRange(output.Findings);
                observations.AddRange(output.Observations);
            }
            foreach (var file in discovery.ConfigurationFiles)
            {
                var output = new ConfigurationOutput(rules[i], file);
                foreach (var check in ConfigurationChecks.Where(c => c.AppliesTo(rules[i])))
                {
                    check.Run(rules[i], file, output);
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
