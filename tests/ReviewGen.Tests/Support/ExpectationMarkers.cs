using System.Text.RegularExpressions;

namespace ReviewGen.Tests.Support;

/// <summary>
/// Reads the expectations written on fixture lines: <c>// expect: RG0001</c> or <c>// expect: RG0001, RG0003</c>
/// (<c>&lt;!-- expect: RG0004 --&gt;</c> in XML)
/// marks the line where a finding must start; every other line must have none.
/// </summary>
public static partial class ExpectationMarkers
{
    public static IReadOnlySet<(string Path, int Line, string RuleId)> Read(string path, string relativePath)
        => Parse(File.ReadAllText(path), relativePath);

    public static IReadOnlySet<(string Path, int Line, string RuleId)> Parse(string code, string relativePath)
    {
        var expected = new HashSet<(string, int, string)>();
        var lines = code.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Marker().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }
            foreach (var id in match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                expected.Add((relativePath, i + 1, id));
            }
        }
        return expected;
    }

    [GeneratedRegex(@"(//|<!--)\s*expect:\s*(?<ids>RG\d{4}(\s*,\s*RG\d{4})*)")]
    private static partial Regex Marker();
}
