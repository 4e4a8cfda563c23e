using System.Collections.Specialized;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Web;
using ReviewGen.Publishing.GitHub;

namespace ReviewGen.Tests.Publishing;

/// <summary>
/// A loopback stand-in for the GitHub REST endpoints the poster calls, under the /api/v3/ prefix Octokit puts before every
/// path of an address that is not github.com's. It holds one pull request's comments, pages lists with Link headers as
/// GitHub does, checks the token, refuses review comments on lines outside the diff, and records every request. Tests put
/// failures in front of it with <see cref="Script"/> or <see cref="Override"/>.
/// </summary>
public sealed class FakeGitHubServer : IDisposable
{
    public const string Owner = "octo";
    public const string Repository = "hello";
    public const int PullRequestNumber = 7;
    public const string Token = "ghs_FakeTokenThatMustNeverBePrinted42";
    public const string HeadSha = "0123456789abcdef0123456789abcdef01234567";

    private const string ApiPrefix = "/api/v3/";

    private static readonly Dictionary<string, object?> Bot = new() { ["login"] = "github-actions[bot]", ["id"] = 41898282, ["type"] = "Bot" };

    private readonly HttpListener listener;
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly Queue<ScriptedResponse> scripted = new();
    private long lastId = 1000;

    public FakeGitHubServer()
    {
        (listener, ApiUrl) = Listen();
        _ = ServeAsync();
    }

    /// <summary>The commit GET /pulls/N answers as the pull request's head.</summary>
    public string PullRequestHead { get; set; } = HeadSha;

    /// <summary>The address as a user would pass it to --api-url; Octokit adds /api/v3/.</summary>
    public Uri ApiUrl { get; }

    /// <summary>The pull request's conversation, oldest first.</summary>
    public List<StoredComment> IssueComments { get; } = [];

    public List<StoredComment> ReviewComments { get; } = [];

    /// <summary>Where a review comment gets GitHub's 422, as a line outside the diff does.</summary>
    public HashSet<(string Path, int Line)> LinesOutsideDiff { get; } = [];

    /// <summary>The most items a page holds, whatever per_page asks; lower it to make lists span pages.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Answers requests instead of the endpoints whenever it returns a response (after <see cref="Script"/>'s queue).</summary>
    public Func<RecordedRequest, ScriptedResponse?>? Override { get; set; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public GitHubTarget Target(string token = Token, string? headSha = null) =>
        new(ApiUrl, Owner, Repository, PullRequestNumber, token, headSha);

    /// <summary>The next requests get these answers, in order, whatever they ask.</summary>
    public void Script(params ScriptedResponse[] responses)
    {
        lock (gate)
        {
            foreach (var response in responses)
            {
                scripted.Enqueue(response);
            }
        }
    }

    public StoredComment AddIssueComment(string body)
    {
        var comment = new StoredComment(NextId(), body);
        IssueComments.Add(comment);
        return comment;
    }

    public StoredComment AddReviewComment(string body, string path, int line)
    {
        var comment = new StoredComment(NextId(), body) { Path = path, Line = line, Side = "RIGHT", CommitId = HeadSha };
        ReviewComments.Add(comment);
        return comment;
    }

    public void Dispose() => listener.Close();

    private static (HttpListener Listener, Uri Url) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            // The port is free when asked; another process may take it before the listener starts, hence the retry.
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var candidate = new HttpListener();
            candidate.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                candidate.Start();
                return (candidate, new Uri($"http://127.0.0.1:{port}"));
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                candidate.Close();
            }
        }
    }

    private long NextId() => Interlocked.Increment(ref lastId);

    private async Task ServeAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var url = context.Request.Url!;
        var request = new RecordedRequest(context.Request.HttpMethod, url.AbsolutePath, url.Query.TrimStart('?'),
            Headers(context.Request.Headers), await reader.ReadToEndAsync());
        ScriptedResponse response;
        lock (gate)
        {
            requests.Add(request);
            try
            {
                response = (scripted.Count > 0 ? scripted.Dequeue() : null) ?? Override?.Invoke(request) ?? Route(request);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                // 418 is no status GitHub sends: a test that meets it fails on the request the fake could not read.
                response = ScriptedResponse.Error(418, $"fake GitHub cannot read {request}: {e.Message}");
            }
        }

        var bytes = Encoding.UTF8.GetBytes(response.Body);
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json; charset=utf-8";
        foreach (var (name, value) in response.Headers)
        {
            context.Response.AddHeader(name, value);
        }

        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private ScriptedResponse Route(RecordedRequest request)
    {
        var authorization = request.Header("Authorization");
        if (authorization != $"Token {Token}" && authorization != $"Bearer {Token}")
        {
            return ScriptedResponse.Error(401, "Bad credentials");
        }

        var notFound = ScriptedResponse.Error(404, "Not Found");
        if (!request.Path.StartsWith(ApiPrefix, StringComparison.Ordinal))
        {
            return notFound;
        }

        var segments = request.Path[ApiPrefix.Length..].Split('/');
        if (segments is not ["repos", Owner, Repository, .. var rest])
        {
            return notFound;
        }

        var number = PullRequestNumber.ToString(CultureInfo.InvariantCulture);
        return (request.Method, rest) switch
        {
            ("GET", ["issues", var n, "comments"]) when n == number => Page(request, IssueComments, IssueCommentJson),
            ("POST", ["issues", var n, "comments"]) when n == number => Json(201, IssueCommentJson(AddIssueComment(BodyField(request)))),
            ("PATCH", ["issues", "comments", var id]) => UpdateIssueComment(id, request) ?? notFound,
            ("GET", ["pulls", var n, "comments"]) when n == number => Page(request, ReviewComments, ReviewCommentJson),
            ("POST", ["pulls", var n, "comments"]) when n == number => CreateReviewComment(request),
            ("GET", ["pulls", var n]) when n == number => Json(200, PullRequestJson()),
            _ => notFound,
        };
    }

    private ScriptedResponse? UpdateIssueComment(string id, RecordedRequest request)
    {
        var comment = IssueComments.Find(comment => comment.Id.ToString(CultureInfo.InvariantCulture) == id);
        if (comment is null)
        {
            return null;
        }

        comment.Body = BodyField(request);
        return Json(200, IssueCommentJson(comment));
    }

    private ScriptedResponse CreateReviewComment(RecordedRequest request)
    {
        var fields = JsonDocument.Parse(request.Body).RootElement;
        var path = fields.GetProperty("path").GetString()!;
        var line = fields.GetProperty("line").GetInt32();
        if (LinesOutsideDiff.Contains((path, line)))
        {
            return ScriptedResponse.Error(422, "Validation Failed");
        }

        var comment = new StoredComment(NextId(), fields.GetProperty("body").GetString()!)
        {
            Path = path,
            Line = line,
            Side = fields.GetProperty("side").GetString(),
            CommitId = fields.GetProperty("commit_id").GetString(),
        };
        ReviewComments.Add(comment);
        return Json(201, ReviewCommentJson(comment));
    }

    private ScriptedResponse Page(RecordedRequest request, List<StoredComment> comments, Func<StoredComment, object> toJson)
    {
        var query = HttpUtility.ParseQueryString(request.Query);
        var perPage = Math.Min(int.TryParse(query["per_page"], CultureInfo.InvariantCulture, out var asked) ? asked : 30, MaxPageSize);
        var page = int.TryParse(query["page"], CultureInfo.InvariantCulture, out var number) ? number : 1;
        var lastPage = Math.Max(1, (comments.Count + perPage - 1) / perPage);
        var items = comments.Skip((page - 1) * perPage).Take(perPage).Select(toJson).ToList();
        var headers = new Dictionary<string, string>();
        if (page < lastPage)
        {
            headers["Link"] = $"<{PageUrl(request.Path, perPage, page + 1)}>; rel=\"next\", <{PageUrl(request.Path, perPage, lastPage)}>; rel=\"last\"";
        }

        return new ScriptedResponse(200, JsonSerializer.Serialize(items), headers);
    }

    private string PageUrl(string path, int perPage, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"{ApiUrl.GetLeftPart(UriPartial.Authority)}{path}?per_page={perPage}&page={page}");

    private object IssueCommentJson(StoredComment comment) => new Dictionary<string, object?>
    {
        ["id"] = comment.Id,
        ["url"] = $"{ApiUrl.GetLeftPart(UriPartial.Authority)}{ApiPrefix}repos/{Owner}/{Repository}/issues/comments/{comment.Id}",
        ["html_url"] = $"https://github.example/{Owner}/{Repository}/pull/{PullRequestNumber}#issuecomment-{comment.Id}",
        ["body"] = comment.Body,
        ["user"] = Bot,
        ["created_at"] = "2026-01-01T00:00:00Z",
        ["updated_at"] = "2026-01-01T00:00:00Z",
    };

    private object ReviewCommentJson(StoredComment comment) => new Dictionary<string, object?>
    {
        ["id"] = comment.Id,
        ["html_url"] = $"https://github.example/{Owner}/{Repository}/pull/{PullRequestNumber}#discussion_r{comment.Id}",
        ["body"] = comment.Body,
        ["path"] = comment.Path,
        ["line"] = comment.Line,
        ["side"] = comment.Side,
        ["commit_id"] = comment.CommitId,
        ["user"] = Bot,
        ["created_at"] = "2026-01-01T00:00:00Z",
        ["updated_at"] = "2026-01-01T00:00:00Z",
    };

    private object PullRequestJson() => new Dictionary<string, object?>
    {
        ["id"] = 1,
        ["number"] = PullRequestNumber,
        ["state"] = "open",
        ["title"] = "Change",
        ["head"] = new Dictionary<string, object?> { ["sha"] = PullRequestHead, ["ref"] = "feature", ["label"] = $"{Owner}:feature" },
        ["base"] = new Dictionary<string, object?> { ["sha"] = "fedcba9876543210fedcba9876543210fedcba98", ["ref"] = "main", ["label"] = $"{Owner}:main" },
    };

    private static ScriptedResponse Json(int status, object body) => new(status, JsonSerializer.Serialize(body), new Dictionary<string, string>());

    private static string BodyField(RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement.GetProperty("body").GetString()!;

    private static Dictionary<string, string> Headers(NameValueCollection headers) =>
        headers.AllKeys.OfType<string>().ToDictionary(name => name, name => headers[name] ?? "", StringComparer.OrdinalIgnoreCase);
}
