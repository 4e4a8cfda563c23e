using System.Text.Json;
using ReviewGen.Catalog;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>
/// The rules of <c>rules/RG*.json</c>, sorted by id. Loading checks what the schema says, so that a bad rule file
/// stops the tool with the file and the key named instead of producing a wrong review.
/// </summary>
public sealed class RuleCatalog
{
    private RuleCatalog(IReadOnlyList<RuleDefinition> rules) => Rules = rules;

    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>The catalog as a repository's configuration has it: the rules it turns off left out, the severities it gives in place of the rules' own.</summary>
    public RuleCatalog Configured(IReadOnlyDictionary<string, Settings.RuleSetting> settings) =>
        new(Rules
            .Where(r => !settings.TryGetValue(r.Id, out var setting) || !setting.IsOff)
            .Select(r => settings.TryGetValue(r.Id, out var setting) && setting.Severity is { } severity ? r with { Severity = severity } : r)
            .ToArray());

    public static RuleCatalog Load(string rulesDirectory)
    {
        if (!Directory.Exists(rulesDirectory))
        {
            throw new CatalogException($"{rulesDirectory}: the rules folder does not exist");
        }
        var rules = Directory.EnumerateFiles(rulesDirectory, "RG*.json")
            .Order(StringComparer.Ordinal)
            .Select(ReadRule)
            .ToArray();
        var duplicate = rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CatalogException($"{rulesDirectory}: rule {duplicate.Key} is defined twice");
        }
        return new RuleCatalog(rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray());
    }

    private static RuleDefinition ReadRule(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var reader = new RuleFileReader(path, document.RootElement);
            return reader.Read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new CatalogException($"{path}: {e.Message}");
        }
    }

    /// <summary>Reads one rule object, naming the file and key of the first thing wrong.</summary>
    private sealed class RuleFileReader(string path, JsonElement root)
    {
        private static readonly HashSet<string> KnownKeys =
            ["$schema", "id", "category", "severity", "cwe", "title", "description", "message", "remediation", "passed", "sound", "references", "match"];

        private static readonly HashSet<string> KnownChecks =
        [
            .. ValidationCallbackCheck.Names, AnyClientCertificateCheck.Name, ExtraStoreTrustCheck.Name, UndisposedConnectionCheck.Name,
            UnobservedHandshakeCheck.Name, SwallowedHandshakeFailureCheck.Name, DowngradeRetryCheck.Name,
        ];

        public RuleDefinition Read()
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Fail("the file must hold one JSON object");
            }
            foreach (var property in root.EnumerateObject())
            {
                if (!KnownKeys.Contains(property.Name))
                {
                    throw Fail($"unknown key '{property.Name}'");
                }
            }
            var id = Text("id");
            if (id.Length != 6 || !id.StartsWith("RG", StringComparison.Ordinal) || !id[2..].All(char.IsAsciiDigit))
            {
                throw Fail($"'id' must be RG and four digits, not '{id}'");
            }
            if (!Path.GetFileNameWithoutExtension(path).Equals(id, StringComparison.Ordinal))
            {
                throw Fail($"'id' {id} does not match the file name");
            }
            var category = CategoryInfo.TryParse(Text("category"), out var c) ? c
                : throw Fail($"'category' must be one of {string.Join(", ", CategoryInfo.MachineNames)}");
            var severity = SeverityInfo.TryParse(Text("severity"), out var s) ? s
                : throw Fail($"'severity' must be one of {string.Join(", ", SeverityInfo.MachineNames)}");
            int? cwe = root.TryGetProperty("cwe", out var cweValue) && cweValue.ValueKind == JsonValueKind.Number ? cweValue.GetInt32() : null;
            var references = Array("references").Select(e => e.GetString() ?? throw Fail("'references' must hold strings")).ToArray();
            if (references.Length == 0)
            {
                throw Fail("'references' must name at least one reference");
            }
            var sound = root.TryGetProperty("sound", out var soundValue) ? soundValue.GetString() : null;
            return new RuleDefinition(id, category, severity, cwe, Text("title"), Text("description"), Text("message"), Text("remediation"), Text("passed"),
                sound, references, ReadMatch());
        }

        private RuleMatch ReadMatch()
        {
            if (!root.TryGetProperty("match", out var match) || match.ValueKind != JsonValueKind.Object)
            {
                throw Fail("'match' is required and must be an object");
            }
            var symbols = match.TryGetProperty("symbols", out var s) ? s.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];
            var enums = match.TryGetProperty("enumValues", out var e) ? e.EnumerateArray().Select(ReadEnumValues).ToArray() : [];
            var assigned = match.TryGetProperty("assignedValues", out var a) ? a.EnumerateArray().Select(ReadAssigned).ToArray() : [];
            var overrides = match.TryGetProperty("overrideReturns", out var o) ? o.EnumerateArray().Select(ReadOverride).ToArray() : [];
            var hardcoded = match.TryGetProperty("hardcodedArguments", out var h) ? ReadHardcoded(h) : null;
            var discarded = match.TryGetProperty("discardedResults", out var d) ? d.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];
            var ignores = match.TryGetProperty("overrideIgnores", out var g) ? g.EnumerateArray().Select(ReadIgnores).ToArray() : [];
            var offers = match.TryGetProperty("overrideOffers", out var f) ? f.EnumerateArray().Select(ReadOffers).ToArray() : [];
            var calls = match.TryGetProperty("calls", out var c) ? c.EnumerateArray().Select(ReadCall).ToArray() : [];
            var settings = match.TryGetProperty("settingDefaults", out var sd) ? sd.EnumerateArray().Select(ReadSettingDefaults).ToArray() : [];
            var instanceCalls = match.TryGetProperty("instanceCalls", out var n) ? n.EnumerateArray().Select(ReadInstanceCall).ToArray() : [];
            var configValues = match.TryGetProperty("configValues", out var cv) ? cv.EnumerateArray().Select(ReadConfigValue).ToArray() : [];
            var configSwitches = match.TryGetProperty("configSwitches", out var cs) ? cs.EnumerateArray().Select(ReadConfigSwitch).ToArray() : [];
            var connectionStrings = match.TryGetProperty("connectionStrings", out var cn) ? cn.EnumerateArray().Select(ReadConnectionString).ToArray() : [];
            var check = match.TryGetProperty("check", out var k) ? k.GetString() : null;
            if (check is not null && !KnownChecks.Contains(check))
            {
                throw Fail($"'match.check' must be one of {string.Join(", ", KnownChecks)}, not '{check}'");
            }
            if (symbols.Length == 0 && enums.Length == 0 && assigned.Length == 0 && overrides.Length == 0 && hardcoded is null
                && discarded.Length == 0 && ignores.Length == 0 && offers.Length == 0 && calls.Length == 0 && settings.Length == 0
                && instanceCalls.Length == 0 && configValues.Length == 0 && configSwitches.Length == 0 && connectionStrings.Length == 0 && check is null)
            {
                throw Fail("'match' matches nothing");
            }
            return new RuleMatch(symbols, enums, assigned, overrides, hardcoded, discarded, ignores, offers, calls, settings, instanceCalls, configValues, configSwitches, connectionStrings, check);
        }

        private ConfigValueMatch ReadConfigValue(JsonElement item)
        {
            var files = Strings(item, "files");
            var keys = Strings(item, "keys");
            var values = Strings(item, "values");
            var anyValue = item.TryGetProperty("anyValue", out var any) && any.ValueKind == JsonValueKind.True;
            if (files.Length == 0 || keys.Length == 0)
            {
                throw Fail("'configValues[]' needs 'files' and 'keys'");
            }
            var meanings = item.TryGetProperty("meanings", out var m)
                ? m.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase)
                : [];
            if ((values.Length > 0 ? 1 : 0) + (anyValue ? 1 : 0) + (meanings.Count > 0 ? 1 : 0) != 1)
            {
                throw Fail("'configValues[]' needs one of 'values', 'anyValue' or 'meanings'");
            }
            return new ConfigValueMatch(files, keys, values, anyValue, meanings);
        }

        private ConfigSwitchMatch ReadConfigSwitch(JsonElement item)
        {
            var names = Strings(item, "names");
            var value = item.TryGetProperty("value", out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()) : null;
            return names.Length > 0 && value is not null ? new ConfigSwitchMatch(names, value) : throw Fail("'configSwitches[]' needs 'names' and 'value'");
        }

        private ConnectionStringMatch ReadConnectionString(JsonElement item)
        {
            var keywords = Strings(item, "keywords");
            var values = Strings(item, "values");
            var separator = item.TryGetProperty("separator", out var s) && s.GetString() is { Length: 1 } one ? one[0] : ';';
            return keywords.Length > 0 && values.Length > 0
                ? new ConnectionStringMatch(keywords, values, separator, item.TryGetProperty("exceptLocal", out var l) && l.ValueKind == JsonValueKind.True)
                : throw Fail("'connectionStrings[]' needs 'keywords' and 'values'");
        }

        private InstanceCallMatch ReadInstanceCall(JsonElement item)
        {
            string Required(string name) =>
                item.TryGetProperty(name, out var v) && v.GetString() is { Length: > 0 } text ? text : throw Fail($"'instanceCalls[].{name}' is required");
            string[] NonEmpty(string name) =>
                item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array && v.EnumerateArray().Select(e => e.GetString()!).ToArray() is { Length: > 0 } items
                    ? items
                    : throw Fail($"'instanceCalls[].{name}' must list at least one string");
            return new InstanceCallMatch(Required("type"), Required("parameter"), NonEmpty("values"), NonEmpty("calls"));
        }

        private CallArgumentMatch ReadCall(JsonElement item)
        {
            var method = item.TryGetProperty("method", out var m) && m.GetString() is { Length: > 0 } name ? name : throw Fail("'calls[].method' is required");
            var arguments = item.TryGetProperty("arguments", out var a) && a.ValueKind == JsonValueKind.Object
                ? a.EnumerateObject().Select(p => (p.Name, Constant(p.Value, "calls[].arguments"))).ToArray()
                : throw Fail("'calls[].arguments' is required and must be an object");
            return arguments.Length > 0 ? new CallArgumentMatch(method, arguments) : throw Fail("'calls[].arguments' must name at least one parameter");
        }

        private SettingDefaultsMatch ReadSettingDefaults(JsonElement item)
        {
            string? Optional(JsonElement owner, string name) => owner.TryGetProperty(name, out var v) ? v.GetString() : null;
            var defaults = item.TryGetProperty("defaults", out var d) && d.ValueKind == JsonValueKind.Array
                ? d.EnumerateArray().Select(e => new RuntimeDefault(
                    Optional(e, "from") is { } from ? Framework(from) : null,
                    Optional(e, "until") is { } until ? Framework(until) : null,
                    e.TryGetProperty("value", out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number
                        ? (v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText())
                        : throw Fail("'settingDefaults[].defaults[].value' is required"))).ToArray()
                : throw Fail("'settingDefaults[].defaults' is required");
            var meanings = item.TryGetProperty("meanings", out var m)
                ? m.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? throw Fail("'settingDefaults[].meanings' must hold strings"), StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);
            var arguments = item.TryGetProperty("arguments", out var a) && a.ValueKind == JsonValueKind.Object
                ? a.EnumerateObject().Select(p => (p.Name, Constant(p.Value, "settingDefaults[].arguments"))).ToArray()
                : [];
            var result = new SettingDefaultsMatch(
                Optional(item, "type"), Optional(item, "property"), Optional(item, "method"), Optional(item, "parameter"), defaults, meanings, arguments, Optional(item, "override"));
            var forms = new[] { result.Type is not null && result.Property is not null, result.Method is not null && result.Parameter is not null, result.Override is not null };
            if (forms.Count(f => f) != 1)
            {
                throw Fail("each 'settingDefaults' entry needs either 'type' and 'property', 'method' and 'parameter', or 'override'");
            }
            if (arguments.Length > 0 && result.Method is null)
            {
                throw Fail("'settingDefaults[].arguments' goes with 'method'");
            }
            return result;
        }

        private string Framework(string moniker) =>
            TargetFrameworkOrder.Parse(moniker) is not null ? moniker : throw Fail($"'settingDefaults[].defaults[]' names an unknown target framework '{moniker}'");

        private EnumValueMatch ReadEnumValues(JsonElement item)
        {
            var patterns = Patterns(item, "enumValues");
            var type = item.TryGetProperty("type", out var t) && t.GetString() is { Length: > 0 } name ? name : throw Fail("'enumValues[].type' is required");
            var members = Strings(item, "members");
            if (members.Length == 0 && patterns.Length == 0)
            {
                throw Fail("each 'enumValues' entry needs 'members' or 'memberPatterns'");
            }
            var effects = item.TryGetProperty("effects", out var e) ? e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal) : [];
            var unlessPinned = Strings(item, "unlessPinned").ToHashSet(StringComparer.Ordinal);
            if (effects.Keys.Concat(unlessPinned).FirstOrDefault(n => !members.Contains(n, StringComparer.Ordinal)) is { } unknown)
            {
                throw Fail($"'enumValues[]' names '{unknown}' in 'effects' or 'unlessPinned' but not in 'members'");
            }
            if (effects.Count > 0 && members.Any(m => !effects.ContainsKey(m)))
            {
                throw Fail("'enumValues[].effects' must give every member its effect");
            }
            return new EnumValueMatch(type, members, patterns, item.TryGetProperty("scope", out var scope) ? scope.GetString() : null, effects, unlessPinned);
        }

        private OverrideIgnoresMatch ReadIgnores(JsonElement item)
        {
            var method = item.TryGetProperty("method", out var m) && m.GetString() is { Length: > 0 } name ? name : throw Fail("'overrideIgnores[].method' is required");
            var parameter = item.TryGetProperty("parameter", out var p) && p.GetString() is { Length: > 0 } text ? text : throw Fail("'overrideIgnores[].parameter' is required");
            return item.TryGetProperty("rejects", out var raw)
                ? new OverrideIgnoresMatch(method, parameter, Rejects: true, raw.ValueKind == JsonValueKind.Null ? null : Constant(raw, "overrideIgnores[].rejects"))
                : new OverrideIgnoresMatch(method, parameter);
        }

        private OverrideOffersMatch ReadOffers(JsonElement item)
        {
            var members = Strings(item, "members");
            var patterns = Patterns(item, "overrideOffers");
            if (members.Length == 0 && patterns.Length == 0)
            {
                throw Fail("each 'overrideOffers' entry needs 'members' or 'memberPatterns'");
            }
            var only = item.TryGetProperty("only", out var o) && o.ValueKind == JsonValueKind.True;
            var ranges = item.TryGetProperty("ranges", out var r) ? r : default;
            var rangeMethods = ranges.ValueKind == JsonValueKind.Object ? Strings(ranges, "methods") : [];
            var orders = ranges.ValueKind == JsonValueKind.Object && ranges.TryGetProperty("orders", out var os)
                ? os.EnumerateArray().Select(order => (IReadOnlyList<string>)order.EnumerateArray().Select(e => e.GetString()!).ToArray()).ToArray()
                : [];
            if (rangeMethods.Length > 0 && orders.Length == 0)
            {
                throw Fail("'overrideOffers[].ranges' needs 'orders' to count along");
            }
            var methods = Strings(item, "methods");
            if (methods.Length == 0)
            {
                throw Fail("'overrideOffers[].methods' is required");
            }
            var type = item.TryGetProperty("type", out var t) && t.GetString() is { Length: > 0 } name ? name : throw Fail("'overrideOffers[].type' is required");
            var defaults = item.TryGetProperty("defaults", out var d)
                ? d.EnumerateObject().ToDictionary(p => p.Name, p => (IReadOnlyList<string>)Strings(d, p.Name), StringComparer.Ordinal)
                : [];
            if (defaults.Keys.FirstOrDefault(hook => !methods.Contains(hook, StringComparer.Ordinal)) is { } unknown)
            {
                throw Fail($"'overrideOffers[].defaults' names '{unknown}', which is not one of its 'methods'");
            }
            return new OverrideOffersMatch(methods, type, members, patterns, only,
                Strings(item, "transforms").ToHashSet(StringComparer.Ordinal), rangeMethods.ToHashSet(StringComparer.Ordinal), orders, defaults);
        }

        private static string[] Strings(JsonElement item, string name) =>
            item.TryGetProperty(name, out var v) ? v.EnumerateArray().Select(s => s.GetString()!).ToArray() : [];

        private System.Text.RegularExpressions.Regex[] Patterns(JsonElement item, string kind) =>
            Strings(item, "memberPatterns").Select(pattern =>
            {
                try
                {
                    return new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
                }
                catch (ArgumentException error)
                {
                    throw Fail($"'{kind}[].memberPatterns' holds an invalid regular expression '{pattern}': {error.Message}");
                }
            }).ToArray();

        private HardcodedArgumentMatch ReadHardcoded(JsonElement item)
        {
            var targets = item.TryGetProperty("targets", out var t) && t.ValueKind == JsonValueKind.Array
                ? t.EnumerateArray().Select(e => (
                    e.TryGetProperty("method", out var m) && m.GetString() is { Length: > 0 } method ? method : throw Fail("'hardcodedArguments.targets[].method' is required"),
                    e.TryGetProperty("parameter", out var p) && p.GetString() is { Length: > 0 } parameter ? parameter : throw Fail("'hardcodedArguments.targets[].parameter' is required"))).ToArray()
                : throw Fail("'hardcodedArguments.targets' is required");
            var transforms = item.TryGetProperty("transforms", out var x) ? x.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
            return new HardcodedArgumentMatch(targets, transforms);
        }

        private OverrideReturnMatch ReadOverride(JsonElement item)
        {
            var method = item.TryGetProperty("method", out var m) && m.GetString() is { Length: > 0 } name ? name : throw Fail("'overrideReturns[].method' is required");
            if (!item.TryGetProperty("value", out var raw))
            {
                throw Fail("'overrideReturns[].value' is required");
            }
            return new OverrideReturnMatch(method, raw.ValueKind == JsonValueKind.Null ? null : Constant(raw, "overrideReturns[].value"));
        }

        private object Constant(JsonElement raw, string key) => raw.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => raw.GetDecimal(),
            JsonValueKind.String => raw.GetString()!,
            _ => throw Fail($"'{key}' must be a boolean, number or string"),
        };

        private AssignedValueMatch ReadAssigned(JsonElement item)
        {
            string? Optional(string name) => item.TryGetProperty(name, out var v) ? v.GetString() : null;
            var value = item.TryGetProperty("value", out var raw) ? Constant(raw, "assignedValues[].value") : throw Fail("'assignedValues[].value' is required");
            var result = new AssignedValueMatch(Optional("property"), Optional("method"), Optional("parameter"), value, Optional("scope"));
            if ((result.Property is null) == (result.Method is null || result.Parameter is null))
            {
                throw Fail("each 'assignedValues' entry needs either 'property', or 'method' and 'parameter'");
            }
            return result;
        }

        private string Text(string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
                ? text
                : throw Fail($"'{name}' is required and must be a non-empty string");

        private JsonElement.ArrayEnumerator Array(string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray()
                : throw Fail($"'{name}' is required and must be an array");

        private CatalogException Fail(string problem) => new($"{path}: {problem}");
    }
}
