using System.Text;
using System.Text.Json;

namespace ReviewGen.Discovery.Configuration;

/// <summary>
/// Reads a JSON configuration file into settings keyed as .NET configuration keys them, each with the lines of its
/// value. Comments and trailing commas are allowed, as the configuration system allows them.
/// </summary>
public static class JsonSettingsReader
{
    public static IReadOnlyList<ConfigurationSetting> Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var settings = new List<ConfigurationSetting>();
        var containers = new Stack<Container>();
        var property = "";
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString() ?? "";
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    // The root has no name; anything else is named by its property, or by its index in an array.
                    var path = containers.TryPeek(out var parent) ? Key(parent, ChildName(parent, property)) : null;
                    containers.Push(new Container(path, reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.Pop();
                    break;
                default:
                    var owner = containers.Peek();
                    var start = LineOf(lineStarts, (int)reader.TokenStartIndex);
                    var end = LineOf(lineStarts, (int)reader.BytesConsumed - 1);
                    settings.Add(new ConfigurationSetting(Key(owner, ChildName(owner, property)), Scalar(ref reader), start, end));
                    break;
            }
        }
        return settings;
    }

    /// <param name="Path">The key of the object or array; null for the root.</param>
    private sealed record Container(string? Path, bool IsArray)
    {
        public int NextIndex { get; set; }
    }

    private static string ChildName(Container container, string property) =>
        container.IsArray ? (container.NextIndex++).ToString(System.Globalization.CultureInfo.InvariantCulture) : property;

    private static string Key(Container container, string name) => container.Path is null ? name : container.Path + ":" + name;

    private static string Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString() ?? "",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "",
        _ => Encoding.UTF8.GetString(reader.ValueSpan),
    };

    private static int[] LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }

    private static int LineOf(int[] lineStarts, int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
