using System.Security.Cryptography;
using System.Text;
using ReviewGen.Rules;

namespace ReviewGen.Review;

/// <summary>
/// An identity for a finding that survives unrelated edits and renames: the rule and the flagged code with whitespace
/// folded, plus its rank among identical ones (ordered by path, then position, so the rank is the same on every
/// machine). Line numbers, the path and the member are left out on purpose: moving code or renaming a file is not a
/// new defect. A baseline keeps the path beside it as a hint for telling identical findings apart.
/// </summary>
public static class FindingFingerprint
{
    public static IReadOnlyDictionary<RuleFinding, string> Of(IReadOnlyList<RuleFinding> findings)
    {
        var result = new Dictionary<RuleFinding, string>(ReferenceEqualityComparer.Instance);
        foreach (var group in findings.GroupBy(Key))
        {
            var rank = 0;
            foreach (var finding in group.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Place.Start))
            {
                var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{group.Key}|{rank++}"));
                result[finding] = Convert.ToHexStringLower(bytes)[..32];
            }
        }
        return result;
    }

    private static string Key(RuleFinding finding) => $"{finding.Rule.Id}|{CodeText.Fold(finding.Place.Code)}";
}
