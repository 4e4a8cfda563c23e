using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ReviewGen.Loading;

/// <summary>A .NET SDK version: <c>major.minor.FPP</c> where F is the feature band and PP the patch, plus an optional prerelease label.</summary>
internal sealed record SdkVersion(int Major, int Minor, int Patch, string? Prerelease) : IComparable<SdkVersion>
{
    public int FeatureBand => Patch / 100;

    public bool IsPrerelease => Prerelease is not null;

    public static bool TryParse(string text, [NotNullWhen(true)] out SdkVersion? version)
    {
        version = null;
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var core = dash < 0 ? text : text[..dash];
        var parts = core.Split('.');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var patch))
        {
            return false;
        }

        version = new SdkVersion(major, minor, patch, dash < 0 ? null : text[(dash + 1)..]);
        return true;
    }

    public int CompareTo(SdkVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byNumbers = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (byNumbers != 0)
        {
            return byNumbers;
        }

        // A release sorts after its own prereleases.
        return (Prerelease, other.Prerelease) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => ComparePrereleaseLabels(Prerelease, other.Prerelease),
        };
    }

    /// <summary>Semantic-versioning order: dot-separated parts, numeric parts compared as numbers.</summary>
    private static int ComparePrereleaseLabels(string left, string right)
    {
        var leftParts = left.Split('.');
        var rightParts = right.Split('.');
        for (var i = 0; i < Math.Min(leftParts.Length, rightParts.Length); i++)
        {
            var leftIsNumber = int.TryParse(leftParts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var leftNumber);
            var rightIsNumber = int.TryParse(rightParts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var rightNumber);
            var order = (leftIsNumber, rightIsNumber) switch
            {
                (true, true) => leftNumber.CompareTo(rightNumber),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(leftParts[i], rightParts[i]),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return leftParts.Length.CompareTo(rightParts.Length);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}") + (Prerelease is null ? "" : "-" + Prerelease);
}
