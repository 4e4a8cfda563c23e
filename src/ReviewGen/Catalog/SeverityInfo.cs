using System.Globalization;

namespace ReviewGen.Catalog;

/// <summary>How each severity is spelled and what it maps to in SARIF and GitHub code scanning.</summary>
public static class SeverityInfo
{
    public static IReadOnlyList<Severity> HighestFirst { get; } =
        [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];

    public static IReadOnlyList<string> MachineNames { get; } = ["info", "low", "medium", "high", "critical"];

    public static string MachineName(this Severity severity) => MachineNames[(int)severity];

    public static bool TryParse(string text, out Severity severity)
    {
        var index = MachineNames.ToList().IndexOf(text);
        severity = index < 0 ? default : (Severity)index;
        return index >= 0;
    }

    public static string SarifLevel(this Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    /// <summary>GitHub code scanning reads this number to rank security alerts.</summary>
    public static string SecuritySeverity(this Severity severity) => (severity switch
    {
        Severity.Critical => 9.5,
        Severity.High => 8.0,
        Severity.Medium => 5.5,
        Severity.Low => 3.0,
        _ => 1.0,
    }).ToString("0.0", CultureInfo.InvariantCulture);
}
