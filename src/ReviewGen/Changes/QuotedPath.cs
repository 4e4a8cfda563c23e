using System.Text;

namespace ReviewGen.Changes;

/// <summary>
/// Git writes a path that holds a quote, a backslash or a control character (and, unless core.quotepath is off, any
/// non-ASCII byte) as a C string: <c>"a/tab\there"</c>, with octal escapes for the bytes of its UTF-8 form.
/// </summary>
internal static class QuotedPath
{
    /// <summary>A path as git printed it, quoted or not, without the trailing tab git adds after one with a space.</summary>
    public static string Decode(string text)
    {
        var trimmed = text.EndsWith('\t') ? text[..^1] : text;
        return trimmed.StartsWith('"') ? Read(trimmed, 0).Value : trimmed;
    }

    /// <summary>The quoted string that opens at <paramref name="start"/>, and the index just past its closing quote.</summary>
    public static (string Value, int End) Read(string text, int start)
    {
        var bytes = new List<byte>();
        var i = start + 1;
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                var end = char.IsSurrogatePair(text, i) ? i + 2 : i + 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i..end]));
                i = end;
                continue;
            }
            var escaped = text[i + 1];
            if (escaped is >= '0' and <= '7' && i + 3 < text.Length)
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 3), 8));
                i += 4;
                continue;
            }
            bytes.Add(escaped switch
            {
                'a' => 7,
                'b' => 8,
                't' => 9,
                'n' => 10,
                'v' => 11,
                'f' => 12,
                'r' => 13,
                _ => (byte)escaped,
            });
            i += 2;
        }
        return (Encoding.UTF8.GetString(bytes.ToArray()), Math.Min(i + 1, text.Length));
    }
}
