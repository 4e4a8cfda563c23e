using System.Globalization;

namespace ReviewGen.Tests.Publishing;

/// <summary>An answer <see cref="FakeGitHubServer"/> gives instead of its own, to play a failing GitHub.</summary>
public sealed record ScriptedResponse(int Status, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public static ScriptedResponse Error(int status, string message, params (string Name, string Value)[] headers) =>
        new(status, $$"""{"message":"{{message}}","documentation_url":"https://docs.github.com/rest"}""",
            headers.ToDictionary(header => header.Name, header => header.Value));

    public static ScriptedResponse ServerError() => Error(500, "Server Error");

    public static ScriptedResponse TooManyRequests(int retryAfterSeconds) =>
        Error(429, "You have exceeded a secondary rate limit.", ("Retry-After", retryAfterSeconds.ToString(CultureInfo.InvariantCulture)));

    /// <summary>GitHub's answer when the hourly quota is spent: 403, no Retry-After, the reset as Unix seconds.</summary>
    public static ScriptedResponse QuotaSpent(DateTimeOffset reset) =>
        Error(403, "API rate limit exceeded for installation ID 1.",
            ("X-RateLimit-Limit", "5000"), ("X-RateLimit-Remaining", "0"),
            ("X-RateLimit-Reset", reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
}
