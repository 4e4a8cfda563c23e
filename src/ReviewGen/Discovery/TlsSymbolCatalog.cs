using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Catalog;

namespace ReviewGen.Discovery;

/// <summary>
/// Which symbols make code TLS code, read from <c>rules/tls-symbols.json</c>. Symbols are matched by their
/// fully-qualified names through the semantic model: a member entry wins over its type's entry, base types and
/// interfaces are followed (so an override in a user's subclass of a BouncyCastle peer matches), and namespace
/// entries are the fallback.
/// </summary>
public sealed class TlsSymbolCatalog
{
    private readonly Dictionary<string, CatalogEntry> _entries;
    private readonly Dictionary<string, CatalogEntry> _parameters;
    private readonly HashSet<string> _handshakeCalls;
    private readonly HashSet<string> _handshakeExceptions;
    private readonly HashSet<string> _plainIo;
    private readonly IReadOnlyList<(string Namespace, TlsCategory Category)> _namespaces;
    private readonly SwitchCatalog _switches;
    private readonly ConcurrentDictionary<ISymbol, CatalogEntry?> _matches = new(SymbolEqualityComparer.Default);

    private TlsSymbolCatalog(
        Dictionary<string, CatalogEntry> entries,
        Dictionary<string, CatalogEntry> parameters,
        HashSet<string> handshakeCalls,
        HashSet<string> handshakeExceptions,
        HashSet<string> plainIo,
        IReadOnlyList<(string, TlsCategory)> namespaces,
        SwitchCatalog switches)
    {
        _entries = entries;
        _parameters = parameters;
        _handshakeCalls = handshakeCalls;
        _handshakeExceptions = handshakeExceptions;
        _plainIo = plainIo;
        _namespaces = namespaces;
        _switches = switches;
        Prefilter = new DocumentPrefilter(BuildPrefilterWords());
    }

    public const string FileName = "tls-symbols.json";

    /// <summary>The type and member entries; parameter entries only refine where an argument's line belongs.</summary>
    public IReadOnlyCollection<CatalogEntry> Entries => _entries.Values;

    /// <summary>Tells the documents worth a semantic model by the identifiers they hold.</summary>
    public DocumentPrefilter Prefilter { get; }

    public static TlsSymbolCatalog Load(string rulesDirectory)
    {
        var path = Path.Combine(rulesDirectory, FileName);
        using var document = ReadJson(path);
        var root = document.RootElement;
        var entries = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        var parameters = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var item in root.GetProperty("symbols").EnumerateArray())
        {
            var symbol = item.GetProperty("symbol").GetString()!;
            var categoryName = item.GetProperty("category").GetString()!;
            if (!CategoryInfo.TryParse(categoryName, out var category))
            {
                throw new CatalogException($"{path}: symbol '{symbol}' has unknown category '{categoryName}'");
            }
            var entry = new CatalogEntry(symbol, category, Flag(item, "handshake"), Flag(item, "signature"), Flag(item, "connectionString"));
            if (!(symbol.EndsWith(')') ? parameters : entries).TryAdd(symbol, entry))
            {
                throw new CatalogException($"{path}: symbol '{symbol}' is listed twice");
            }
        }
        var namespaces = root.GetProperty("namespaces").EnumerateArray()
            .Select(n => (n.GetProperty("namespace").GetString()!, ParseCategory(path, n.GetProperty("category").GetString()!)))
            .ToArray();
        var switches = root.TryGetProperty("switches", out var s) ? SwitchCatalog.Read(path, s) : SwitchCatalog.Empty;
        var plainIo = root.TryGetProperty("plainIo", out _) ? Strings(root, "plainIo") : new HashSet<string>(StringComparer.Ordinal);
        return new TlsSymbolCatalog(entries, parameters, Strings(root, "handshakeCalls"), Strings(root, "handshakeExceptions"), plainIo, namespaces, switches);
    }

    public CatalogEntry? Match(ISymbol symbol) => _matches.GetOrAdd(symbol.OriginalDefinition, MatchUncached);

    /// <summary>
    /// The entry for an argument: <c>Namespace.Type.Method(parameter)</c>, or <c>Namespace.Type.#ctor(parameter)</c>
    /// for a constructor, looked up along the method's type and its base types.
    /// </summary>
    public CatalogEntry? MatchParameter(IMethodSymbol method, IParameterSymbol parameter)
    {
        var target = method.ReducedFrom ?? method;
        var name = target.MethodKind == MethodKind.Constructor ? "#ctor" : target.Name;
        for (var type = target.ContainingType; type is not null; type = type.BaseType)
        {
            if (_parameters.TryGetValue($"{SymbolNames.Qualified(type)}.{name}({parameter.Name})", out var entry))
            {
                return entry;
            }
        }
        return null;
    }

    /// <summary>The entry for a call that sets a TLS switch by name (<c>AppContext.SetSwitch("System.Net.…", …)</c>); null for any other call.</summary>
    public CatalogEntry? MatchSwitch(IMethodSymbol method, IArgumentOperation argument) => _switches.Match(method, argument);

    /// <summary>A call that performs a handshake: a catalog entry marked so, or one of the HTTP calls that connect.</summary>
    public bool IsHandshake(IMethodSymbol method)
    {
        var target = method.ReducedFrom ?? method;
        return Match(target) is { Handshake: true } || _handshakeCalls.Contains(SymbolNames.Qualified(target));
    }

    /// <summary>A delegate type whose signature marks a callback of the catalog (a parameter of an entry marked "signature").</summary>
    public bool IsCallbackDelegate(ITypeSymbol? type) =>
        type is INamedTypeSymbol { DelegateInvokeMethod: { } invoke } && invoke.Parameters.Any(p => Match(p.Type) is { Signature: true });

    /// <summary>
    /// A member that only moves data over an established connection (<c>SslStream.Write</c>, <c>CanRead</c>): it
    /// is listed in "plainIo", its type is, or it overrides such a member. A member the catalog lists by its own
    /// name (<paramref name="entry"/>) is a TLS decision whatever its type, such as <c>SslStream.DisposeAsync</c>.
    /// </summary>
    public bool IsPlainIo(ISymbol symbol, CatalogEntry entry)
    {
        if (entry.Symbol == SymbolNames.Qualified(symbol))
        {
            return false;
        }
        for (ISymbol? member = symbol; member is not null; member = Overridden(member))
        {
            if (_plainIo.Contains(SymbolNames.Qualified(member)) || member.ContainingType is { } owner && _plainIo.Contains(SymbolNames.Qualified(owner)))
            {
                return true;
            }
        }
        return false;
    }

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };

    public bool IsHandshakeException(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Object || _handshakeExceptions.Contains(SymbolNames.Qualified(type));

    private CatalogEntry? MatchUncached(ISymbol symbol)
    {
        switch (symbol)
        {
            case INamedTypeSymbol type:
                return MatchType(type);
            case IMethodSymbol { MethodKind: MethodKind.Constructor } ctor:
                return MatchType(ctor.ContainingType);
            case IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol when symbol.ContainingType is { } owner:
                var member = symbol is IMethodSymbol { ReducedFrom: { } extension } ? extension : symbol;
                return MatchMember(member.ContainingType, member.Name) ?? MatchType(owner);
            default:
                return null;
        }
    }

    private CatalogEntry? MatchMember(INamedTypeSymbol owner, string name)
    {
        for (var type = owner; type is not null; type = type.BaseType)
        {
            if (_entries.TryGetValue(SymbolNames.Qualified(type) + "." + name, out var entry))
            {
                return entry;
            }
        }
        foreach (var contract in owner.AllInterfaces)
        {
            if (_entries.TryGetValue(SymbolNames.Qualified(contract) + "." + name, out var entry))
            {
                return entry;
            }
        }
        return null;
    }

    private CatalogEntry? MatchType(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (_entries.TryGetValue(SymbolNames.Qualified(current), out var entry))
            {
                return entry;
            }
        }
        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        foreach (var (prefix, category) in _namespaces)
        {
            if (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                return new CatalogEntry(prefix, category, Handshake: false, Signature: false);
            }
        }
        return null;
    }

    private HashSet<string> BuildPrefilterWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        // A parameter entry names its type (Npgsql.NpgsqlConnection.#ctor(connectionString)): that type's name is the word.
        var parameterTypes = _parameters.Keys.Select(p => p[..p.LastIndexOf('.', p.IndexOf('(', StringComparison.Ordinal))]);
        foreach (var name in _entries.Keys.Concat(_handshakeCalls).Concat(_handshakeExceptions).Concat(parameterTypes))
        {
            var last = name[(name.LastIndexOf('.') + 1)..];
            if (last is not ("Exception" or "IOException"))
            {
                words.Add(last);
            }
        }
        if (_switches.SetterName is { } setter)
        {
            words.Add(setter);
        }
        foreach (var (ns, _) in _namespaces)
        {
            words.Add(ns.Split('.')[1]);
        }
        return words;
    }

    private static JsonDocument ReadJson(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new CatalogException($"{path}: {e.Message}");
        }
    }

    private static bool Flag(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static HashSet<string> Strings(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);

    internal static TlsCategory ParseCategory(string path, string name) =>
        CategoryInfo.TryParse(name, out var category) ? category : throw new CatalogException($"{path}: unknown category '{name}'");
}
