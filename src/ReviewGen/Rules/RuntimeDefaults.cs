using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Words the runtime default of a setting for the target frameworks of the code that leaves it unset:
/// "`NoCheck` on net8.0 (before .NET 10), `Online` on net10.0". Without a known framework every default is
/// stated with its range.
/// </summary>
public static class RuntimeDefaults
{
    /// <summary>The phrase, or null when no listed default applies to any of the frameworks (the setting does not exist there).</summary>
    public static string? Describe(SettingDefaultsMatch match, IReadOnlyList<string> frameworks)
    {
        var known = frameworks.Where(f => TargetFrameworkOrder.Parse(f) is not null)
            .OrderBy(f => TargetFrameworkOrder.Parse(f)!.Value.Line).ThenBy(f => TargetFrameworkOrder.Parse(f)!.Value.Version).ToArray();
        if (known.Length == 0)
        {
            var all = match.Defaults.Select(d => Value(match, d.Value) + Range(d, parenthesized: false)).ToArray();
            return match.Defaults is [{ From: null, Until: null }]
                ? $"the runtime default is {all[0]}"
                : $"the runtime default is {EnglishList.Join(all)} (the target framework is not known)";
        }
        var phrases = match.Defaults
            .Select(d => (Default: d, Frameworks: known.Where(f => TargetFrameworkOrder.Within(f, d.From, d.Until) == true).ToArray()))
            .Where(g => g.Frameworks.Length > 0)
            .Select(g => $"{Value(match, g.Default.Value)} on {EnglishList.Join(g.Frameworks)}{Range(g.Default, parenthesized: true)}")
            .ToArray();
        return phrases.Length == 0 ? null : $"the runtime default is {string.Join(", ", phrases)}";
    }

    private static string Value(SettingDefaultsMatch match, string value) =>
        match.Meanings.TryGetValue(value, out var meaning) ? $"{MarkdownInline.Code(value)} ({meaning})" : MarkdownInline.Code(value);

    private static string Range(RuntimeDefault value, bool parenthesized)
    {
        var range = (value.From, value.Until) switch
        {
            (null, null) => "",
            (null, { } until) => $"before {TargetFrameworkOrder.RuntimeName(until)}",
            ({ } from, null) => $"from {TargetFrameworkOrder.RuntimeName(from)}",
            ({ } from, { } until) => $"from {TargetFrameworkOrder.RuntimeName(from)}, before {TargetFrameworkOrder.RuntimeName(until)}",
        };
        return range.Length == 0 ? "" : parenthesized ? $" ({range})" : $" {range}";
    }
}
