using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReviewGen.Publishing.Pdf;

/// <summary>
/// Chromium stamps its PDFs with the wall clock (CreationDate, ModDate) and has no option to do otherwise; those two
/// values are the only bytes that differ between two prints of one page, so writing the document's own date over them
/// makes the PDF reproducible. The stamp is replaced in place with one of the same length, so no offset in the file's
/// cross-reference table moves.
/// </summary>
public static partial class PdfDocumentDate
{
    public static byte[] Stamp(byte[] pdf, DateTimeOffset date)
    {
        var stamp = "D:" + date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";
        // Latin-1 maps every byte to one char and back, so the binary streams survive the round trip untouched.
        var text = Encoding.Latin1.GetString(pdf);
        var stamped = DateEntry().Replace(text, match => match.Groups["value"].Length == stamp.Length
            ? match.Value.Replace(match.Groups["value"].Value, stamp, StringComparison.Ordinal)
            : match.Value);
        return Encoding.Latin1.GetBytes(stamped);
    }

    [GeneratedRegex(@"/(CreationDate|ModDate) \((?<value>D:\d{14}[^)]*)\)")]
    private static partial Regex DateEntry();
}
