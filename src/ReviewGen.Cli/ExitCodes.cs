namespace ReviewGen.Cli;

/// <summary>The documented exit codes; the README's table and the tests read from here.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int FindingsAtOrAboveThreshold = 1;
    public const int BadInput = 2;
    public const int NothingLoaded = 3;
    public const int ExternalServiceFailed = 4;
    public const int InternalError = 70;
    public const int Cancelled = 130;
}
