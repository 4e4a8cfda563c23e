using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ReviewGen.Review.Baselines;

/// <summary>
/// The findings a team accepted at one point, written by <c>reviewgen baseline</c> so that later reviews given
/// <c>--baseline</c> report only what is new. Entries are sorted by path, line and rule and the file holds no
/// timestamp, so the same code gives the same file and a change to it reads well in a diff.
/// </summary>
/// <param name="Version">The format of the file; only <see cref="CurrentVersion"/> is read.</param>
/// <param name="Tool">The tool that wrote it, for the reader.</param>
public sealed record BaselineFile(int Version, ToolInfo Tool, IReadOnlyList<BaselineEntry> Findings)
{
    public const int CurrentVersion = 1;

    /// <summary>How a finding the baseline hides is named in the review: <see cref="SuppressedFinding.Syntax"/>.</summary>
    public const string Syntax = "baseline";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>
    /// The active findings of <paramref name="review"/>, those of test and sample code reported apart included:
    /// suppressed ones are accepted in the code already.
    /// </summary>
    public static BaselineFile Of(ReviewModel review) => new(
        CurrentVersion,
        review.Tool,
        review.Findings.Concat(review.TestAndSample?.Findings ?? [])
            .Select(f => new BaselineEntry(f.RuleId, f.Fingerprint, f.Location.Path, f.Location.StartLine, f.Title))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.StartLine)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToArray());

    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";

    /// <exception cref="BaselineException">The file is missing or unreadable, or <see cref="Parse"/> rejects it.</exception>
    public static BaselineFile Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BaselineException($"baseline {path} does not exist; write one with 'reviewgen baseline'");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BaselineException($"baseline {path} cannot be read: {e.Message}");
        }
        return Parse(text, path);
    }

    /// <param name="path">The file the text was read from, for the messages.</param>
    /// <exception cref="BaselineException">The text is not JSON, not a baseline, or a baseline of another version.</exception>
    public static BaselineFile Parse(string text, string path)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new BaselineException($"baseline {path} is not valid JSON: {e.Message}");
        }
        // The version is checked before the rest, so that a file of another version is named as such rather than as broken.
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number)
        {
            throw new BaselineException($"{path} is not a ReviewGen baseline (it has no \"version\"); write one with 'reviewgen baseline'");
        }
        if (!version.TryGetInt32(out var number) || number != CurrentVersion)
        {
            throw new BaselineException(
                $"baseline {path} is of version {version.GetRawText()}, and this ReviewGen reads version {CurrentVersion}; write it again with 'reviewgen baseline'");
        }
        try
        {
            return root.Deserialize<BaselineFile>(Options) ?? throw new JsonException("the file holds null");
        }
        catch (JsonException e)
        {
            throw new BaselineException($"baseline {path} is not a valid ReviewGen baseline: {e.Message}");
        }
    }
}
