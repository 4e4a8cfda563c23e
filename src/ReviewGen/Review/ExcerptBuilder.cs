using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Classification;
using Microsoft.CodeAnalysis.Text;
using ReviewGen.Rules;

namespace ReviewGen.Review;

/// <summary>
/// Cuts the lines around a finding out of its document with Roslyn's classification of every token, while the
/// workspace is alive, so that renderers can highlight code without it; a configuration file's lines are plain text.
/// </summary>
public static class ExcerptBuilder
{
    public const int ContextLines = 2;

    public static async Task<CodeExcerpt> BuildAsync(FindingPlace place, CancellationToken ct)
    {
        var (path, flaggedStart, flaggedEnd) = (place.Path, place.StartLine, place.EndLine);
        var text = place.Document is { } code ? await code.GetTextAsync(ct) : place.Text!;
        var first = Math.Max(1, flaggedStart - ContextLines);
        var last = Math.Min(text.Lines.Count, flaggedEnd + ContextLines);
        var span = TextSpan.FromBounds(text.Lines[first - 1].Start, text.Lines[last - 1].End);
        // A configuration file has no classification: its lines are plain text.
        var classified = place.Document is { } document
            ? (await Classifier.GetClassifiedSpansAsync(document, span, ct))
                .Where(s => !ClassificationTypeNames.AdditiveTypeNames.Contains(s.ClassificationType))
                .OrderBy(s => s.TextSpan.Start)
                .ToArray()
            : [];
        var lines = new List<ExcerptLine>();
        for (var number = first; number <= last; number++)
        {
            var line = text.Lines[number - 1];
            var lineText = text.ToString(line.Span).TrimEnd();
            lines.Add(new ExcerptLine(number, number >= flaggedStart && number <= flaggedEnd, lineText,
                Spans(text, TextSpan.FromBounds(line.Start, line.Start + lineText.Length), classified)));
        }
        return new CodeExcerpt(path, first, last, Language(path), lines);
    }

    private static string Language(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".cs" => "csharp",
        ".json" => "json",
        _ => "xml",
    };

    /// <summary>The line cut into classified pieces; what no classification covers (whitespace) is "text".</summary>
    private static IReadOnlyList<ClassifiedText> Spans(SourceText text, TextSpan line, IReadOnlyList<ClassifiedSpan> classified)
    {
        var pieces = new List<ClassifiedText>();
        var position = line.Start;
        foreach (var span in classified)
        {
            var overlap = span.TextSpan.Intersection(line);
            if (overlap is not { IsEmpty: false } piece || piece.Start < position)
            {
                continue;
            }
            if (piece.Start > position)
            {
                pieces.Add(new ClassifiedText(text.ToString(TextSpan.FromBounds(position, piece.Start)), "text"));
            }
            pieces.Add(new ClassifiedText(text.ToString(piece), span.ClassificationType));
            position = piece.End;
        }
        if (position < line.End)
        {
            pieces.Add(new ClassifiedText(text.ToString(TextSpan.FromBounds(position, line.End)), "text"));
        }
        return pieces;
    }
}
