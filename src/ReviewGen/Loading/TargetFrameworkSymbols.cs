using System.Text.RegularExpressions;

namespace ReviewGen.Loading;

/// <summary>
/// The target framework of a single-targeted project, read back from the preprocessor symbols the SDK defines for it
/// (NET10_0, NETSTANDARD2_0, NET472…): MSBuildWorkspace names a target only when a project has several.
/// </summary>
public static partial class TargetFrameworkSymbols
{
    public static string? Infer(IEnumerable<string> preprocessorSymbols)
    {
        var symbols = preprocessorSymbols.ToHashSet(StringComparer.Ordinal);
        foreach (var (pattern, format) in Patterns)
        {
            var match = symbols.Select(s => pattern.Match(s)).Where(m => m.Success)
                .OrderByDescending(m => int.Parse(m.Groups["major"].Value, System.Globalization.CultureInfo.InvariantCulture))
                .FirstOrDefault();
            if (match is not null)
            {
                return format(match);
            }
        }
        return null;
    }

    private static readonly (Regex Pattern, Func<Match, string> Format)[] Patterns =
    [
        (ModernDotNet(), m => $"net{m.Groups["major"].Value}.{m.Groups["minor"].Value}"),
        (DotNetCore(), m => $"netcoreapp{m.Groups["major"].Value}.{m.Groups["minor"].Value}"),
        (DotNetStandard(), m => $"netstandard{m.Groups["major"].Value}.{m.Groups["minor"].Value}"),
        (DotNetFramework(), m => $"net{m.Groups["major"].Value}"),
    ];

    [GeneratedRegex(@"^NET(?<major>[5-9]|[1-9]\d)_(?<minor>\d+)$")]
    private static partial Regex ModernDotNet();

    [GeneratedRegex(@"^NETCOREAPP(?<major>\d+)_(?<minor>\d+)$")]
    private static partial Regex DotNetCore();

    [GeneratedRegex(@"^NETSTANDARD(?<major>\d+)_(?<minor>\d+)$")]
    private static partial Regex DotNetStandard();

    [GeneratedRegex(@"^NET(?<major>[2-4]\d{1,2})$")]
    private static partial Regex DotNetFramework();
}
