namespace ReviewGen.Settings;

/// <summary>How findings in test and sample code are treated (<c>"testCode"</c> in <c>reviewgen.json</c>).</summary>
public enum TestCodeMode
{
    /// <summary>Listed in their own section, one severity lower, not counted toward <c>--fail-on</c>.</summary>
    Separate,

    /// <summary>Treated like production code.</summary>
    Same,

    /// <summary>Not reviewed at all.</summary>
    Ignore,
}
