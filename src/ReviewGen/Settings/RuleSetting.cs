using ReviewGen.Catalog;

namespace ReviewGen.Settings;

/// <summary>What reviewgen.json or a .editorconfig says of one rule: off, or a severity that replaces the rule's own.</summary>
public sealed record RuleSetting(Severity? Severity)
{
    public static RuleSetting Off { get; } = new((Severity?)null);

    public bool IsOff => Severity is null;
}
