using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReviewGen.Discovery;

/// <summary>
/// The AppContext switches that change TLS behaviour, from the <c>switches</c> section of <c>rules/tls-symbols.json</c>.
/// The setter is too general to be TLS code by itself (<c>AppContext.SetSwitch</c> also sets globalization switches),
/// so only a call that names one of these switches is.
/// </summary>
public sealed class SwitchCatalog
{
    private readonly string? _setter;
    private readonly string? _parameter;
    private readonly Dictionary<string, CatalogEntry> _names;

    private SwitchCatalog(string? setter, string? parameter, Dictionary<string, CatalogEntry> names)
    {
        _setter = setter;
        _parameter = parameter;
        _names = names;
    }

    public static SwitchCatalog Empty { get; } = new(null, null, []);

    /// <summary>The setter's simple name, for the syntactic prefilter.</summary>
    public string? SetterName => _setter?[(_setter.LastIndexOf('.') + 1)..];

    public static SwitchCatalog Read(string path, JsonElement section)
    {
        var setter = section.GetProperty("setter").GetString()!;
        var open = setter.IndexOf('(');
        if (open < 0 || !setter.EndsWith(')'))
        {
            throw new CatalogException($"{path}: 'switches.setter' must be Namespace.Type.Method(parameter), not '{setter}'");
        }
        var names = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var item in section.GetProperty("names").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            var category = TlsSymbolCatalog.ParseCategory(path, item.GetProperty("category").GetString()!);
            if (!names.TryAdd(name, new CatalogEntry(name, category, Handshake: false, Signature: false)))
            {
                throw new CatalogException($"{path}: switch '{name}' is listed twice");
            }
        }
        return new SwitchCatalog(setter[..open], setter[(open + 1)..^1], names);
    }

    public CatalogEntry? Match(IMethodSymbol method, IArgumentOperation argument) =>
        _setter is not null
        && argument.Parameter?.Name == _parameter
        && argument.Value.ConstantValue is { HasValue: true, Value: string name }
        && SymbolNames.Qualified(method.ReducedFrom ?? method) == _setter
        && _names.TryGetValue(name, out var entry)
            ? entry
            : null;
}
