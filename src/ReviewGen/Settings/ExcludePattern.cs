using Microsoft.Extensions.FileSystemGlobbing;

namespace ReviewGen.Settings;

/// <summary>
/// One glob of <c>"exclude"</c>, matched against paths relative to the solution folder, with forward slashes and
/// without regard to case. <c>*</c> matches any characters within one folder or file name, <c>**</c> (a whole segment)
/// any number of folders, none included; every other character stands for itself. A pattern that matches a folder
/// matches everything under it, so <c>legacy</c>, <c>legacy/</c> and <c>legacy/**</c> are the same, and
/// <c>tools/*</c> excludes the files of <c>tools</c> and all its subfolders. A pattern is anchored at the solution
/// folder: <c>*.g.cs</c> names files at the top only, <c>**/*.g.cs</c> at any depth.
/// </summary>
/// <remarks>
/// Matching is Microsoft.Extensions.FileSystemGlobbing's, in memory: nothing on disk is listed. That package reads
/// <c>?</c>, <c>[</c>, <c>]</c>, <c>{</c>, <c>}</c> and a leading <c>!</c> as plain characters, while a user writing
/// them means a wildcard, a set, alternatives or a negation, so <see cref="ProblemWith"/> refuses them rather than
/// silently matching nothing.
/// </remarks>
public sealed class ExcludePattern : IEquatable<ExcludePattern>
{
    private const string Supported = "globs support only '*' (any characters within a name) and '**' (any number of folders)";

    private readonly Matcher _matcher = new(StringComparison.OrdinalIgnoreCase);

    /// <exception cref="ArgumentException">The pattern is not one <see cref="ProblemWith"/> accepts.</exception>
    public ExcludePattern(string text)
    {
        if (ProblemWith(text) is { } problem)
        {
            throw new ArgumentException(problem, nameof(text));
        }
        Text = text;
        var folderOrFile = text.TrimEnd('/');
        _matcher.AddInclude(folderOrFile);
        _matcher.AddInclude(folderOrFile + "/**");
    }

    /// <summary>The pattern as written in <c>reviewgen.json</c>.</summary>
    public string Text { get; }

    /// <param name="relativePath">A file's path relative to the solution folder, with forward slashes.</param>
    public bool Matches(string relativePath) => _matcher.Match(relativePath).HasMatches;

    /// <summary>Why <paramref name="text"/> is not a usable pattern, in words for the user; null when it is.</summary>
    public static string? ProblemWith(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "an empty pattern excludes nothing; remove it or name a path relative to the solution folder";
        }
        if (text[0] is '/' or '\\' || (text.Length > 1 && char.IsAsciiLetter(text[0]) && text[1] == ':'))
        {
            return $"\"{text}\" is not relative to the solution folder";
        }
        if (text.Contains('\\'))
        {
            return $"\"{text}\" has a backslash; use forward slashes";
        }
        if (text.StartsWith('!'))
        {
            return $"\"{text}\": negation with '!' is not supported; {Supported}";
        }
        if (text.IndexOfAny(['?', '[', ']', '{', '}']) is var at and >= 0)
        {
            return $"\"{text}\": '{text[at]}' is not supported; {Supported}";
        }
        var segments = text.TrimEnd('/').Split('/');
        if (segments.Contains(string.Empty) || text.EndsWith("//", StringComparison.Ordinal))
        {
            return $"\"{text}\" has an empty folder name ('//')";
        }
        if (segments.Contains(".."))
        {
            return $"\"{text}\" has a '..' segment; a pattern names only what is inside the solution folder";
        }
        if (segments.Any(s => s.Contains("**", StringComparison.Ordinal) && s != "**"))
        {
            return $"\"{text}\": '**' must be a whole segment, as in \"src/**\" or \"**/*.cs\"";
        }
        return null;
    }

    public bool Equals(ExcludePattern? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ExcludePattern);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    public override string ToString() => Text;
}
