namespace ReviewGen.Catalog;

/// <summary>Finding severities, lowest to highest, so that comparisons read as "at or above".</summary>
public enum Severity
{
    Info = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
