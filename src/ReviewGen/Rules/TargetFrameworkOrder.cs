using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewGen.Rules;

/// <summary>
/// Orders target framework monikers by the runtime they run on, so that a rule's defaults can say "from net10.0".
/// .NET Framework comes before .NET Core, and net5.0 continues netcoreapp3.1. A .NET Standard target runs on
/// whatever runtime loads it, so it has no place in the order.
/// </summary>
public static partial class TargetFrameworkOrder
{
    /// <summary>A sortable position (0 for .NET Framework, 1 for .NET Core and .NET 5+; then the version), or null.</summary>
    public static (int Line, Version Version)? Parse(string moniker)
    {
        if (Modern().Match(moniker) is { Success: true } modern)
        {
            return (1, new Version(Number(modern, "major"), Number(modern, "minor")));
        }
        if (Framework().Match(moniker) is { Success: true } framework)
        {
            var digits = framework.Groups["digits"].Value;
            return (0, new Version(digits[0] - '0', digits.Length > 1 ? int.Parse(digits[1..], CultureInfo.InvariantCulture) : 0));
        }
        return null;
    }

    /// <summary>Whether <paramref name="moniker"/> lies in [from, until); null when the moniker has no place in the order.</summary>
    public static bool? Within(string moniker, string? from, string? until)
    {
        if (Parse(moniker) is not { } position)
        {
            return null;
        }
        return (from is null || Compare(position, Parse(from)!.Value) >= 0) && (until is null || Compare(position, Parse(until)!.Value) < 0);
    }

    /// <summary>".NET 10", ".NET Core 3.1", ".NET Framework 4.8": how a reader names the runtime a moniker stands for.</summary>
    public static string RuntimeName(string moniker)
    {
        var (line, version) = Parse(moniker) ?? throw new ArgumentException($"'{moniker}' has no place in the order", nameof(moniker));
        var number = version.Minor == 0 ? version.Major.ToString(CultureInfo.InvariantCulture) : version.ToString(2);
        return line == 0 ? $".NET Framework {version.ToString(2)}" : version.Major < 5 ? $".NET Core {version.ToString(2)}" : $".NET {number}";
    }

    private static int Compare((int Line, Version Version) left, (int Line, Version Version) right) =>
        left.Line != right.Line ? left.Line.CompareTo(right.Line) : left.Version.CompareTo(right.Version);

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:netcoreapp|net)(?<major>\d+)\.(?<minor>\d+)(?:-[a-z]+[\d.]*)?$")]
    private static partial Regex Modern();

    [GeneratedRegex(@"^net(?<digits>[2-4]\d{1,2})$")]
    private static partial Regex Framework();
}
