using System.Globalization;
using Octokit;

namespace ReviewGen.Publishing.GitHub;

/// <summary>
/// What one failed call to GitHub means: its kind, the status, how long GitHub asked to wait and GitHub's own short
/// message. Read from the status and headers rather than from Octokit's exception types alone, because Octokit has no
/// type for 429 and tells a rate-limited 403 apart only by the body's wording.
/// </summary>
/// <param name="RequestedWait">Retry-After, or the time left until the rate limit resets; null when GitHub named none.</param>
/// <param name="Detail">GitHub's message (the JSON body's "message") or the network error's text; never a header.</param>
internal sealed record GitHubFailure(GitHubFailureKind Kind, int? StatusCode, TimeSpan? RequestedWait, string? Detail)
{
    /// <summary>GitHub's advice when a secondary rate limit names no wait: "wait for at least one minute".</summary>
    private static readonly TimeSpan SecondaryLimitWait = TimeSpan.FromMinutes(1);

    private static readonly long LatestEpochSecond = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public bool IsTransient => Kind is GitHubFailureKind.RateLimited or GitHubFailureKind.ServerError
        or GitHubFailureKind.Unreachable or GitHubFailureKind.TimedOut;

    /// <returns>Null for exceptions that are not GitHub's or the network's doing (bugs, the user's cancellation).</returns>
    public static GitHubFailure? From(Exception exception, DateTimeOffset now, CancellationToken cancellation) => exception switch
    {
        ApiException api => FromResponse(api, now),
        HttpRequestException network => new(GitHubFailureKind.Unreachable, null, null, network.Message),
        TimeoutException => new(GitHubFailureKind.TimedOut, null, null, null),
        // HttpClient reports its own timeout as a cancellation nobody asked for.
        TaskCanceledException when !cancellation.IsCancellationRequested => new(GitHubFailureKind.TimedOut, null, null, null),
        _ => null,
    };

    private static GitHubFailure FromResponse(ApiException exception, DateTimeOffset now)
    {
        var status = (int)exception.StatusCode;
        var headers = exception.HttpResponse?.Headers ?? new Dictionary<string, string>();
        var detail = exception.ApiError?.Message;
        var retryAfter = RetryAfter(Header(headers, "Retry-After"), now);
        var quotaSpent = Header(headers, "X-RateLimit-Remaining") == "0";
        var rateLimited = status == 429 || (status == 403 && (retryAfter is not null || quotaSpent
            || exception is RateLimitExceededException or SecondaryRateLimitExceededException or AbuseException));
        if (rateLimited)
        {
            var wait = retryAfter ?? (quotaSpent ? UntilReset(Header(headers, "X-RateLimit-Reset"), now) : null) ?? SecondaryLimitWait;
            return new(GitHubFailureKind.RateLimited, status, wait, detail);
        }

        var kind = status switch
        {
            401 => GitHubFailureKind.RejectedToken,
            403 => GitHubFailureKind.Forbidden,
            404 => GitHubFailureKind.NotFound,
            >= 500 => GitHubFailureKind.ServerError,
            _ => GitHubFailureKind.Refused,
        };
        return new(kind, status, kind == GitHubFailureKind.ServerError ? retryAfter : null, detail);
    }

    private static string? Header(IReadOnlyDictionary<string, string> headers, string name) =>
        headers.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.Trim();

    /// <summary>Retry-After is either seconds or an HTTP date.</summary>
    private static TimeSpan? RetryAfter(string? value, DateTimeOffset now)
    {
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? NotNegative(at - now)
            : null;
    }

    private static TimeSpan? UntilReset(string? epochSeconds, DateTimeOffset now) =>
        long.TryParse(epochSeconds, NumberStyles.None, CultureInfo.InvariantCulture, out var reset) && reset <= LatestEpochSecond
            ? NotNegative(DateTimeOffset.FromUnixTimeSeconds(reset) - now)
            : null;

    private static TimeSpan NotNegative(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
}
