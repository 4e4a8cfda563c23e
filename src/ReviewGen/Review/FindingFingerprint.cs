using System.Security.Cryptography;
using System.Text;
using ReviewGen.Rules;

namespace ReviewGen.Review;

/// <summary>
/// An identity for a finding that survives unrelated edits: the rule, the file, the member and the flagged code with
/// whitespace folded, plus its rank among identical ones. Line numbers are left out on purpose.
/// </summary>
public static class FindingFingerprint
{
    public static IReadOnlyDictionary<RuleFinding, string> Of(IReadOnlyList<RuleFinding> findings)
    {
        var result = new Dictionary<RuleFinding, string>(ReferenceEqualityComparer.Instance);
        foreach (var group in findings.GroupBy(Key))
        {
            var rank = 0;
            foreach (var finding in group.OrderBy(f => f.Place.Start))
            {
                var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{group.Key}|{rank++}"));
                result[finding] = Convert.ToHexStringLower(bytes)[..32];
            }
        }
        return result;
    }

    private static string Key(RuleFinding finding) =>
        $"{finding.Rule.Id}|{finding.Path}|{finding.Member}|{CodeText.Fold(finding.Place.Code)}";
}
