using System.Text.Json;
using ReviewGen.Catalog;

namespace ReviewGen.Settings;

/// <summary>
/// Turns the parsed <c>reviewgen.json</c> into <see cref="ReviewSettings"/>, key by key. Every problem is one
/// <see cref="SettingsException"/> line naming the file and the key as a path (<c>rules.RG0001</c>, <c>exclude[2]</c>).
/// Values compare case-sensitively, as the schema says; a value wrong only in case is answered with the one meant.
/// </summary>
internal sealed class SettingsReader(string file, IReadOnlySet<string> knownRuleIds)
{
    private static readonly string[] Keys = ["$schema", "exclude", "rules", "categories", "testCode"];

    private static readonly string[] RuleValues = ["off", .. SeverityInfo.MachineNames];

    private static readonly string[] CategoryValues = ["off", "on"];

    private static readonly string[] TestCodeValues = Enum.GetNames<TestCodeMode>().Select(n => n.ToLowerInvariant()).ToArray();

    public ReviewSettings Read(JsonElement root, string sourcePath)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SettingsException($"{file}: the top level must be an object, not {Describe(root)}");
        }
        var settings = ReviewSettings.Default with { SourcePath = sourcePath };
        foreach (var (key, value) in Properties(root, parent: null))
        {
            switch (key)
            {
                case "$schema":
                    // Any string: it is for editors, which fetch the schema; the tool validates by itself.
                    String(value, key);
                    break;
                case "exclude":
                    settings = settings with { Exclude = Exclude(value) };
                    break;
                case "rules":
                    settings = settings with { Rules = Rules(value) };
                    break;
                case "categories":
                    settings = settings with { CategoriesOff = CategoriesOff(value) };
                    break;
                case "testCode":
                    settings = settings with { TestCode = Enum.Parse<TestCodeMode>(OneOf(value, key, TestCodeValues), ignoreCase: true) };
                    break;
                default:
                    throw Error(key, "unknown key" + Hint(key, Keys, $"; the keys are {string.Join(", ", Keys)}"));
            }
        }
        return settings;
    }

    private List<ExcludePattern> Exclude(JsonElement value)
    {
        Expect(value, JsonValueKind.Array, "exclude", "an array of globs");
        return value.EnumerateArray().Select((item, index) =>
        {
            var key = $"exclude[{index}]";
            var text = String(item, key);
            return ExcludePattern.ProblemWith(text) is { } problem ? throw Error(key, problem) : new ExcludePattern(text);
        }).ToList();
    }

    private SortedDictionary<string, RuleSetting> Rules(JsonElement value)
    {
        Expect(value, JsonValueKind.Object, "rules", "an object of rule ids");
        var rules = new SortedDictionary<string, RuleSetting>(StringComparer.Ordinal);
        foreach (var (key, setting) in Properties(value, "rules"))
        {
            var id = key["rules.".Length..];
            if (!knownRuleIds.Contains(id))
            {
                throw Error(key, "no such rule" + Hint(id, knownRuleIds, "; 'reviewgen rules' lists them"));
            }
            var text = OneOf(setting, key, RuleValues);
            rules[id] = SeverityInfo.TryParse(text, out var severity) ? new RuleSetting(severity) : RuleSetting.Off;
        }
        return rules;
    }

    private SortedSet<TlsCategory> CategoriesOff(JsonElement value)
    {
        Expect(value, JsonValueKind.Object, "categories", "an object of category names");
        var off = new SortedSet<TlsCategory>();
        foreach (var (key, setting) in Properties(value, "categories"))
        {
            var name = key["categories.".Length..];
            if (!CategoryInfo.TryParse(name, out var category))
            {
                throw Error(key, "no such category" + Hint(name, CategoryInfo.MachineNames, $"; the categories are {string.Join(", ", CategoryInfo.MachineNames)}"));
            }
            if (OneOf(setting, key, CategoryValues) == "off")
            {
                off.Add(category);
            }
        }
        return off;
    }

    /// <summary>The object's properties with their keys as paths, refusing a key given twice (the parser keeps both).</summary>
    private IEnumerable<(string Key, JsonElement Value)> Properties(JsonElement value, string? parent)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            var key = parent is null ? property.Name : $"{parent}.{property.Name}";
            if (!seen.Add(property.Name))
            {
                throw Error(key, "duplicate key; each key may appear once");
            }
            yield return (key, property.Value);
        }
    }

    private string OneOf(JsonElement value, string key, IReadOnlyList<string> choices)
    {
        var text = String(value, key, $"one of {string.Join(", ", choices)}");
        return choices.Contains(text)
            ? text
            : throw Error(key, $"\"{text}\" is not one of {string.Join(", ", choices)}" + Hint(text, choices, ""));
    }

    private string String(JsonElement value, string key, string what = "a string")
    {
        Expect(value, JsonValueKind.String, key, what);
        return value.GetString()!;
    }

    private void Expect(JsonElement value, JsonValueKind kind, string key, string what)
    {
        if (value.ValueKind != kind)
        {
            throw Error(key, $"must be {what}, not {Describe(value)}");
        }
    }

    private SettingsException Error(string key, string problem) => new($"{file}: \"{key}\": {problem}");

    /// <summary>"; did you mean "X"?" when the text is one of the choices but for case, else <paramref name="otherwise"/>.</summary>
    private static string Hint(string text, IEnumerable<string> choices, string otherwise) =>
        choices.Where(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault() is { } meant
            ? $"; did you mean \"{meant}\"?"
            : otherwise;

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
