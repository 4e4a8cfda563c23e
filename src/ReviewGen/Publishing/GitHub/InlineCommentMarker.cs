using System.Text.RegularExpressions;

namespace ReviewGen.Publishing.GitHub;

/// <summary>
/// The hidden HTML comment that ties a posted review comment to its <see cref="InlineComment.Key"/>, so that a later run
/// recognizes its own comments by their text; GitHub keeps no other field of ours on a comment.
/// </summary>
internal static partial class InlineCommentMarker
{
    private const string AllowedPunctuation = "._:/#@-";

    /// <exception cref="ArgumentException">The key would end the HTML comment early or break the Markdown around it.</exception>
    public static string For(string key)
    {
        if (key.Length == 0 || key.Contains("--", StringComparison.Ordinal) || !key.All(c => char.IsAsciiLetterOrDigit(c) || AllowedPunctuation.Contains(c)))
        {
            throw new ArgumentException($"inline comment key '{key}' must be letters, digits and {AllowedPunctuation} without '--'", nameof(key));
        }

        return $"<!-- reviewgen-inline:{key} -->";
    }

    /// <summary>The body to post: the marker goes last so that e-mail notifications open with the text.</summary>
    public static string Append(string body, string key) => $"{body.TrimEnd()}\n\n{For(key)}";

    /// <summary>The keys of the markers in a comment posted earlier (anyone's comment: a quoted marker counts as posted).</summary>
    public static IEnumerable<string> KeysIn(string? body) =>
        body is null ? [] : Marker().Matches(body).Select(match => match.Groups["key"].Value);

    [GeneratedRegex("<!-- reviewgen-inline:(?<key>[A-Za-z0-9._:/#@-]+) -->")]
    private static partial Regex Marker();
}
