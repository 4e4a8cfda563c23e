using System.Globalization;
using System.Text;

namespace ReviewGen.Rendering;

/// <summary>
/// Text as a quoted CSS string, for a <c>content:</c> inside a <c>&lt;style&gt;</c> element. HTML escaping does not
/// apply there (the element's text is raw), so markup characters become CSS escapes: no value can close the element.
/// </summary>
internal static class CssString
{
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
                quoted.Append('\\').Append(c);
            else if (c is '<' or '>' or '&' || char.IsControl(c))
                // The space ends the hex escape, so a following hex digit is not read as part of it.
                quoted.Append('\\').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append(' ');
            else
                quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }
}
