namespace ReviewGen.Discovery;

/// <summary>What the code does with a TLS symbol, as the review's sentences say it.</summary>
public enum UseKind
{
    Creates,
    Calls,
    Sets,
    Passes,
    Reads,
    Uses,
    InstallsCallback,
    Catches,
    Overrides,
    ValidatesInCallback,
}
