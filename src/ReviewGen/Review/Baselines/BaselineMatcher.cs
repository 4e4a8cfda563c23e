namespace ReviewGen.Review.Baselines;

/// <summary>
/// Which findings a baseline hides. A finding is hidden by an unused entry with its fingerprint: first by one
/// recorded at the same path, so that of identical findings in two files each takes its own entry, then by any (the
/// file was renamed). Each entry hides one finding at most, so a defect that appears once more still shows.
/// </summary>
public static class BaselineMatcher
{
    /// <param name="findings">The fingerprint and path of each finding, in report order.</param>
    /// <returns>The positions in <paramref name="findings"/> of the findings the baseline hides.</returns>
    public static IReadOnlySet<int> Hidden(IReadOnlyList<BaselineEntry> entries, IReadOnlyList<(string Fingerprint, string Path)> findings)
    {
        var unused = entries
            .GroupBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var hidden = new HashSet<int>();
        // Every finding gets the chance of an entry at its own path before any takes an entry recorded elsewhere.
        foreach (var samePathOnly in new[] { true, false })
        {
            for (var i = 0; i < findings.Count; i++)
            {
                if (hidden.Contains(i) || !unused.TryGetValue(findings[i].Fingerprint, out var candidates))
                {
                    continue;
                }
                var match = candidates.FindIndex(e => !samePathOnly || e.Path == findings[i].Path);
                if (match >= 0)
                {
                    candidates.RemoveAt(match);
                    hidden.Add(i);
                }
            }
        }
        return hidden;
    }
}
