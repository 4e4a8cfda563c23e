using System.Globalization;

namespace ReviewGen.Rules;

/// <summary>Whether a constant in code is the one a rule names (rules hold JSON values: bool, decimal, string or null).</summary>
public static class RuleConstant
{
    public static bool Matches(object? expected, object? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (bool b, bool a) => a == b,
        (decimal d, IConvertible a) when actual is not (bool or string) => Convert.ToDecimal(a, CultureInfo.InvariantCulture) == d,
        (string s, string a) => string.Equals(s, a, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>A constant as C# writes it: <c>false</c>, <c>"Root"</c>, <c>3</c>, <c>null</c>.</summary>
    public static string Write(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => "\"" + s + "\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
