using ReviewGen.Catalog;

namespace ReviewGen.Rules;

/// <summary>One rule of <c>rules/</c>, as its JSON file states it (schema: <c>rules/rule.schema.json</c>).</summary>
/// <param name="Description">Markdown: why the defect matters, for help text.</param>
/// <param name="Message">Markdown with {placeholders} the check fills with inline code.</param>
/// <param name="Passed">Markdown: what was looked for and found absent, for "checked and passed".</param>
/// <param name="Sound">Markdown with the same placeholders: an observation for a matched place that is sound; null when the rule has none.</param>
public sealed record RuleDefinition(
    string Id,
    TlsCategory Category,
    Severity Severity,
    int? Cwe,
    string Title,
    string Description,
    string Message,
    string Remediation,
    string Passed,
    string? Sound,
    IReadOnlyList<string> References,
    RuleMatch Match);

/// <summary>What a rule matches; a rule may combine several kinds.</summary>
/// <param name="Check">The name of a check written in code, for what data cannot express.</param>
public sealed record RuleMatch(
    IReadOnlyList<string> Symbols,
    IReadOnlyList<EnumValueMatch> EnumValues,
    IReadOnlyList<AssignedValueMatch> AssignedValues,
    IReadOnlyList<OverrideReturnMatch> OverrideReturns,
    HardcodedArgumentMatch? HardcodedArguments,
    IReadOnlyList<string> DiscardedResults,
    IReadOnlyList<OverrideIgnoresMatch> OverrideIgnores,
    IReadOnlyList<OverrideOffersMatch> OverrideOffers,
    IReadOnlyList<CallArgumentMatch> Calls,
    IReadOnlyList<SettingDefaultsMatch> SettingDefaults,
    IReadOnlyList<InstanceCallMatch> InstanceCalls,
    IReadOnlyList<ConfigValueMatch> ConfigValues,
    IReadOnlyList<ConfigSwitchMatch> ConfigSwitches,
    IReadOnlyList<ConnectionStringMatch> ConnectionStrings,
    string? Check);

/// <param name="Keywords">The keyword in its spellings (<c>TrustServerCertificate</c>, <c>Trust Server Certificate</c>), compared ignoring case and spaces.</param>
/// <param name="Values">The values that are the defect, ignoring case; a value of flags (<c>Tls11|Tls12</c>) is the defect when one of them is.</param>
/// <param name="Separator">What separates keywords: <c>;</c> for ADO.NET providers, <c>,</c> for StackExchange.Redis.</param>
/// <param name="ExceptLocal">No defect when every endpoint the string names (its parts without <c>=</c>) is this machine: plaintext never leaves it.</param>
public sealed record ConnectionStringMatch(IReadOnlyList<string> Keywords, IReadOnlyList<string> Values, char Separator, bool ExceptLocal = false)
{
    private static readonly string[] LocalHosts = ["localhost", "127.0.0.1", "::1", "[::1]"];

    /// <summary>The keywords of <paramref name="connectionString"/> this entry is about, each with whether its value is the defect.</summary>
    public IEnumerable<(string Keyword, string Value, bool IsDefect)> Judge(string connectionString)
    {
        var local = ExceptLocal && IsLocalOnly(connectionString);
        return Discovery.Configuration.ConnectionString.Parse(connectionString, Separator)
            .Where(k => Keywords.Any(m => Discovery.Configuration.ConnectionString.SameKeyword(m, k.Keyword)))
            .Select(k => (k.Keyword, k.Value,
                !local && k.Value.Split('|', StringSplitOptions.TrimEntries).Append(k.Value).Any(v => Values.Contains(v, StringComparer.OrdinalIgnoreCase))));
    }

    private bool IsLocalOnly(string connectionString)
    {
        var endpoints = connectionString.Split(Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(p => !p.Contains('=')).ToArray();
        return endpoints.Length > 0 && endpoints.All(e => LocalHosts.Contains(e.LastIndexOf(':') is var colon and > 0 && !e.EndsWith(']') ? e[..colon] : e, StringComparer.OrdinalIgnoreCase));
    }
}

/// <param name="Files">File-name patterns of the configuration files examined (<c>appsettings*.json</c>, <c>*.config</c>).</param>
/// <param name="Keys">Setting keys, segments split by <c>:</c> (JSON) or <c>/</c> (XML, attributes after <c>@</c>), <c>*</c> for any one segment; the items of an array under a key count as the key.</param>
/// <param name="Values">The values that are the defect, ignoring case; a value listing several (<c>Tls11, Tls12</c>) is the defect when one of them is.</param>
/// <param name="AnyValue">Any non-empty value is the defect (a password written in the file).</param>
/// <param name="Meanings">With these, the entry states, never flags: Markdown per value (ignoring case) saying what it does.</param>
public sealed record ConfigValueMatch(IReadOnlyList<string> Files, IReadOnlyList<string> Keys, IReadOnlyList<string> Values, bool AnyValue, IReadOnlyDictionary<string, string> Meanings)
{
    public bool Covers(string fileName) => Files.Any(pattern => System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(pattern, fileName, ignoreCase: true));

    public bool Names(string key) => Keys.Any(pattern => KeyMatches(pattern, key));

    public bool IsDefect(string value) => AnyValue
        ? value.Trim().Length > 0
        : value.Split(',', StringSplitOptions.TrimEntries).Append(value.Trim()).Any(part => Values.Contains(part, StringComparer.OrdinalIgnoreCase));

    private static bool KeyMatches(string pattern, string key)
    {
        var separators = new[] { ':', '/' };
        var wanted = pattern.Split(separators);
        var segments = key.Split(separators);
        // An array item (Protocols:0) is its array's value.
        if (segments.Length == wanted.Length + 1 && int.TryParse(segments[^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            segments = segments[..^1];
        }
        return segments.Length == wanted.Length
            && wanted.Zip(segments).All(pair => pair.First == "*" || string.Equals(pair.First, pair.Second, StringComparison.OrdinalIgnoreCase));
    }
}

/// <param name="Names">AppContext switch names.</param>
/// <param name="Value">The value that is the defect, as configuration writes it (<c>true</c>), ignoring case.</param>
public sealed record ConfigSwitchMatch(IReadOnlyList<string> Names, string Value);

/// <param name="Type">Fully-qualified enum type.</param>
/// <param name="Members">The members whose presence (a flag of a [Flags] enum, or the value) is the defect.</param>
/// <param name="MemberPatterns">Regular expressions over member names, for enums too large to list (cipher suites).</param>
/// <param name="Scope">Markdown sentence added to the message: which TLS stacks a value of this type governs; null when the target says it.</param>
/// <param name="Effects">Markdown per member: what a value holding it lets through, for the {effect} placeholder.</param>
/// <param name="UnlessPinned">Members that are no defect where the same member identifies the certificate (a thumbprint, raw data or public key read), since only what is pinned gets through.</param>
public sealed record EnumValueMatch(
    string Type,
    IReadOnlyList<string> Members,
    IReadOnlyList<System.Text.RegularExpressions.Regex> MemberPatterns,
    string? Scope,
    IReadOnlyDictionary<string, string> Effects,
    IReadOnlySet<string> UnlessPinned)
{
    public bool Names(string member) => Members.Contains(member, StringComparer.Ordinal) || MemberPatterns.Any(p => p.IsMatch(member));
}

/// <param name="Targets">The parameters that must not receive a value written in the code: (Namespace.Type.Method or Namespace.Type.#ctor, parameter).</param>
/// <param name="Transforms">Methods that keep a literal a literal (Encoding.GetBytes, Hex.Decode): their result from constants is still hard-coded.</param>
public sealed record HardcodedArgumentMatch(IReadOnlyList<(string Method, string Parameter)> Targets, IReadOnlySet<string> Transforms);

/// <param name="Method">Namespace.Type.Method of a virtual or interface method whose argument must be examined.</param>
/// <param name="Parameter">The parameter an override must read (or throw instead of reading).</param>
/// <param name="Rejects">Whether <paramref name="RejectValue"/> is set: a return of it refuses, like a throw.</param>
/// <param name="RejectValue">The constant whose return means "refused" (BouncyCastle's <c>GetPsk</c> returning null).</param>
public sealed record OverrideIgnoresMatch(string Method, string Parameter, bool Rejects = false, object? RejectValue = null);

/// <param name="Methods">Namespace.Type.Method of the library hooks that return what the peer offers.</param>
/// <param name="Type">Namespace.Type that declares the constants offered (BouncyCastle's <c>CipherSuite</c>).</param>
/// <param name="Only">The defect is offering nothing but the listed constants, rather than offering any of them.</param>
/// <param name="Transforms">Methods whose result holds the constants of their arguments (<c>Arrays.Append</c>).</param>
/// <param name="Ranges">Methods on a constant that offer a run of constants (<c>ProtocolVersion.DownTo</c>).</param>
/// <param name="Orders">Runs of constant names, oldest first, a range method counts along.</param>
/// <param name="Defaults">Per hook, what the library offers where a peer class does not override it (measured, by constant name).</param>
public sealed record OverrideOffersMatch(
    IReadOnlyList<string> Methods,
    string Type,
    IReadOnlyList<string> Members,
    IReadOnlyList<System.Text.RegularExpressions.Regex> MemberPatterns,
    bool Only,
    IReadOnlySet<string> Transforms,
    IReadOnlySet<string> Ranges,
    IReadOnlyList<IReadOnlyList<string>> Orders,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Defaults)
{
    public bool Names(string member) => Members.Contains(member, StringComparer.Ordinal) || MemberPatterns.Any(p => p.IsMatch(member));
}

/// <param name="Type">Namespace.Type whose constructor creates the instance.</param>
/// <param name="Parameter">The constructor parameter that receives one of <paramref name="Values"/>.</param>
/// <param name="Values">Enum member names or strings, compared ignoring case (store names are case-insensitive).</param>
/// <param name="Calls">Namespace.Type.Method of the calls on such an instance that are the defect.</param>
public sealed record InstanceCallMatch(string Type, string Parameter, IReadOnlyList<string> Values, IReadOnlyList<string> Calls);

/// <param name="Method">Namespace.Type.Method of a virtual or interface method (BouncyCastle's peer hooks).</param>
/// <param name="Value">The constant whose return on every path is the defect: bool, decimal, string, or null.</param>
public sealed record OverrideReturnMatch(string Method, object? Value);

/// <param name="Property">Namespace.Type.Member of a property or field; or null with <paramref name="Method"/>.</param>
/// <param name="Method">Namespace.Type.Method (every overload) whose <paramref name="Parameter"/> receives the value.</param>
/// <param name="Value">The bad constant: bool, decimal or string.</param>
/// <param name="Scope">Markdown sentence added to the message: which TLS stacks the setting governs; null when the target says it.</param>
public sealed record AssignedValueMatch(string? Property, string? Method, string? Parameter, object Value, string? Scope);

/// <param name="Method">Namespace.Type.Method (every overload).</param>
/// <param name="Arguments">Parameter names and their constants: strings say which setting the call is about, the other values are the defect.</param>
public sealed record CallArgumentMatch(string Method, IReadOnlyList<(string Parameter, object Value)> Arguments);

/// <summary>A setting whose runtime default the review states where code leaves it unset.</summary>
/// <param name="Type">With <paramref name="Property"/>: Namespace.Type whose created instances (and lambda parameters) are examined.</param>
/// <param name="Property">A property of <paramref name="Type"/>, or a dotted path through its properties (SslOptions.CertificateRevocationCheckMode).</param>
/// <param name="Method">Namespace.Type.Method: calls that omit <paramref name="Parameter"/> (a shorter overload, or an optional argument left out).</param>
/// <param name="Defaults">The value the runtime uses when nothing is set, per range of target frameworks.</param>
/// <param name="Meanings">Markdown saying what a value means (keys: true, false, numbers, strings, enum member names, null).</param>
/// <param name="Arguments">With <paramref name="Method"/>: constants of other parameters that say which setting the call is about (<c>AppContext.SetSwitch</c>'s switch name).</param>
/// <param name="Override">Namespace.Type.Method of a library hook: a class deriving from the type that never overrides it
/// leaves the setting to the library's default; an override that returns one constant on every path gives it that value.</param>
public sealed record SettingDefaultsMatch(
    string? Type,
    string? Property,
    string? Method,
    string? Parameter,
    IReadOnlyList<RuntimeDefault> Defaults,
    IReadOnlyDictionary<string, string> Meanings,
    IReadOnlyList<(string Parameter, object Value)> Arguments,
    string? Override);

/// <param name="From">The first target framework that has this default (net10.0); null for every earlier one.</param>
/// <param name="Until">The first target framework that no longer has it; null for every later one.</param>
/// <param name="Value">The default as code writes it: an enum member name, true, false, a number.</param>
public sealed record RuntimeDefault(string? From, string? Until, string Value);
