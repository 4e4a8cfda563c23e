namespace ReviewGen.Publishing.GitHub;

/// <summary>The failures the user must tell apart to fix them; the first four pass if one waits.</summary>
internal enum GitHubFailureKind
{
    RateLimited,
    ServerError,
    Unreachable,
    TimedOut,
    RejectedToken,
    Forbidden,
    NotFound,
    Refused,
}
