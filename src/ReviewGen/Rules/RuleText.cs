namespace ReviewGen.Rules;

/// <summary>How every check words its results: the rule's templates with their placeholders filled.</summary>
public static class RuleText
{
    /// <summary>The template with its placeholders filled; a sentence that starts with a filled-in phrase is capitalized.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var text = values.Aggregate(template, (text, pair) => text.Replace("{" + pair.Key + "}", pair.Value, StringComparison.Ordinal));
        return Capitalized(text);
    }

    public static string Capitalized(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
