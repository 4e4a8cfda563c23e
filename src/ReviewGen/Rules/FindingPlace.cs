using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReviewGen.Discovery;
using ReviewGen.Discovery.Configuration;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Where a finding stands, in a C# document or in a configuration file: the lines, the flagged text, and the file to
/// cut the excerpt from (a C# document is classified by Roslyn, a configuration file is plain text).
/// </summary>
/// <param name="Start">Offset of the flagged text in the file: orders findings of one file.</param>
/// <param name="Code">The flagged text as written.</param>
/// <param name="MemberPhrase">Markdown naming the member or setting that holds it ("the `SslOption` constructor").</param>
public sealed record FindingPlace(
    string Path,
    int StartLine,
    int EndLine,
    int Start,
    string Code,
    string MemberPhrase,
    Document? Document,
    SourceText? Text)
{
    /// <summary>The lines of a setting in a configuration file; <paramref name="key"/> names it.</summary>
    public static FindingPlace InConfiguration(ConfigurationFile file, ConfigurationSetting setting, string key)
    {
        var start = file.Text.Lines[setting.Line - 1].Start;
        var code = file.Text.ToString(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, file.Text.Lines[setting.EndLine - 1].End)).Trim();
        return new FindingPlace(file.Path, setting.Line, setting.EndLine, start, code,
            $"the setting {MarkdownInline.Code(key)} of {MarkdownInline.Code(file.FileName)}", null, file.Text);
    }

    /// <summary>The lines of <paramref name="syntax"/> in an analyzed C# document.</summary>
    public static FindingPlace InCode(AnalyzedDocument document, SyntaxNode syntax, string member)
    {
        var lines = syntax.GetLocation().GetLineSpan();
        var phrase = document.Members
            .FirstOrDefault(m => m.DisplayName == member && m.Declaration.SyntaxTree == syntax.SyntaxTree && m.Declaration.Span.Contains(syntax.Span))?.Phrase
            ?? MarkdownInline.Code(member);
        return new FindingPlace(document.Path, lines.StartLinePosition.Line + 1, lines.EndLinePosition.Line + 1, syntax.SpanStart, syntax.ToString(),
            phrase, document.Document, null);
    }
}
