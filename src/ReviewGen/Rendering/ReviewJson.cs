using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ReviewGen.Rendering;

/// <summary>The JSON settings both JSON formats share, so that their files look alike.</summary>
internal static class ReviewJson
{
    // Readable non-ASCII text (paths, messages), while <, >, & and quotes stay escaped for pasting into HTML.
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = Encoder,
    };
}
