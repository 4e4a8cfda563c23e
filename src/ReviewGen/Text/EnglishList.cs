namespace ReviewGen.Text;

/// <summary>Items joined as an English sentence lists them: "a", "a and b", "a, b, and c".</summary>
public static class EnglishList
{
    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };
}
