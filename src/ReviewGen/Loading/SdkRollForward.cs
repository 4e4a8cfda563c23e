namespace ReviewGen.Loading;

/// <summary>The <c>rollForward</c> values of global.json, spelled as the file spells them (matched case-insensitively).</summary>
internal enum SdkRollForwardPolicy
{
    Patch,
    Feature,
    Minor,
    Major,
    LatestPatch,
    LatestFeature,
    LatestMinor,
    LatestMajor,
    Disable,
}

/// <summary>
/// The SDK resolver's choice among installed SDKs for a global.json pin, as documented for global.json
/// (https://learn.microsoft.com/dotnet/core/tools/global-json#rollforward). A pure function so it is tested without SDKs.
/// </summary>
internal static class SdkRollForward
{
    /// <returns>The SDK the resolver would use, or null when no installed SDK satisfies the pin.</returns>
    public static SdkVersion? Select(
        SdkVersion requested, SdkRollForwardPolicy policy, bool allowPrerelease, IEnumerable<SdkVersion> installed)
    {
        var candidates = installed
            .Where(v => v.CompareTo(requested) >= 0)
            .Where(v => allowPrerelease || !v.IsPrerelease || v.Equals(requested))
            .Where(v => InScope(requested, policy, v))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        return policy switch
        {
            SdkRollForwardPolicy.Disable => candidates[0],
            SdkRollForwardPolicy.Patch => candidates.Find(v => v.Equals(requested)) ?? candidates.Max(),
            // These roll to the nearest feature band (or minor, or major) that has any SDK, then take its latest patch.
            SdkRollForwardPolicy.Feature or SdkRollForwardPolicy.Minor or SdkRollForwardPolicy.Major =>
                candidates.GroupBy(v => (v.Major, v.Minor, v.FeatureBand)).MinBy(g => g.Key)!.Max(),
            _ => candidates.Max(),
        };
    }

    private static bool InScope(SdkVersion requested, SdkRollForwardPolicy policy, SdkVersion candidate) => policy switch
    {
        SdkRollForwardPolicy.Disable => candidate.Equals(requested),
        SdkRollForwardPolicy.Patch or SdkRollForwardPolicy.LatestPatch =>
            (candidate.Major, candidate.Minor, candidate.FeatureBand) == (requested.Major, requested.Minor, requested.FeatureBand),
        SdkRollForwardPolicy.Feature or SdkRollForwardPolicy.LatestFeature =>
            (candidate.Major, candidate.Minor) == (requested.Major, requested.Minor),
        SdkRollForwardPolicy.Minor or SdkRollForwardPolicy.LatestMinor => candidate.Major == requested.Major,
        _ => true,
    };
}
