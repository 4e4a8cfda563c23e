using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ReviewGen.Discovery;
using ReviewGen.Rules;

namespace ReviewGen.Review.Suppressions;

/// <summary>
/// Entry point of the suppressions written in code: for a finding in a C# document, the first that names its rule of
/// a <c>reviewgen-ignore</c> comment, a <c>#pragma warning disable</c> and a <c>[SuppressMessage]</c>. A finding in a
/// configuration file has no syntax tree to carry one; the baseline is how it is accepted. Runs while the workspace is
/// alive: attributes are matched through the semantic models discovery bound.
/// </summary>
public sealed class SourceSuppressions
{
    private readonly Dictionary<Document, SemanticModel> _models = new(ReferenceEqualityComparer.Instance);
    private readonly SuppressMessageAttributes _attributes;

    /// <param name="relativePath">Turns a file's absolute path into the review's relative one.</param>
    public SourceSuppressions(DiscoveryResult discovery, Func<string, string> relativePath)
    {
        foreach (var document in discovery.Documents)
        {
            _models.TryAdd(document.Document, document.Model);
        }
        _attributes = new SuppressMessageAttributes(relativePath);
    }

    public async Task<SourceSuppression?> FindAsync(RuleFinding finding, CancellationToken ct)
    {
        var place = finding.Place;
        if (place.Document is not { } document || await document.GetSyntaxRootAsync(ct) is not CSharpSyntaxNode root)
        {
            return null;
        }
        var text = await document.GetTextAsync(ct);
        var id = finding.Rule.Id;
        return IgnoreComments.Find(root, text, id, place.StartLine, place.EndLine, place.Path)
            ?? PragmaSuppressions.Find(root, text, id, place.Start, place.Path)
            ?? _attributes.Find(await ModelAsync(document, ct), root, new TextSpan(place.Start, place.Code.Length), id, ct);
    }

    private async Task<SemanticModel> ModelAsync(Document document, CancellationToken ct) =>
        _models.TryGetValue(document, out var model)
            ? model
            : await document.GetSemanticModelAsync(ct) ?? throw new InvalidOperationException($"{document.FilePath} has no semantic model");
}
