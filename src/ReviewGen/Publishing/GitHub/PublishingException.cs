namespace ReviewGen.Publishing.GitHub;

/// <summary>
/// Posting the review to GitHub failed (no token, unknown pull request, refused, rate limited, unreachable). The message
/// is one line for the user and never holds the token; the CLI exits with the "external service failed" code. No inner
/// exception is kept because Octokit's exceptions carry the raw response, which the CLI must never print.
/// </summary>
public sealed class PublishingException(string message) : Exception(message);
