using System.CommandLine;
using ReviewGen.Changes;
using ReviewGen.Pipeline;
using ReviewGen.Publishing.GitHub;
using ReviewGen.Rendering;
using ReviewGen.Rendering.PullRequest;

namespace ReviewGen.Cli;

/// <summary>
/// <c>reviewgen pr &lt;path&gt; --base REV [--head REV]</c>: review the solution at the head of a change and keep the
/// findings on lines the change touched since the merge base, as a pull request comment (md) or as SARIF or JSON.
/// </summary>
public static class PrCommand
{
    private static readonly TemplateDirectory Templates = new();

    private static readonly RendererCatalog Renderers = new(Templates);

    /// <summary>The formats and the file each is written to in an output folder.</summary>
    private static readonly Dictionary<string, string> FileNames = new(StringComparer.Ordinal)
    {
        ["md"] = "pr-comment.md",
        ["sarif"] = "pr-findings.sarif",
        ["json"] = "pr-findings.json",
        ["post"] = PrPostDocument.FileName,
    };

    private static readonly ReviewRunOptions Run = new(
        [.. FileNames.Keys],
        $"File to write (one format), or folder for several formats ({string.Join(", ", FileNames.Values)}). Default: standard output.",
        "a new finding");

    private static readonly Option<string> BaseOption = new("--base")
    {
        Description = "The revision the change goes into (the pull request's base branch); findings are kept on lines changed since its merge base with the head.",
        Required = true,
    };

    private static readonly Option<string?> HeadOption = new("--head")
    {
        Description = "The revision to review. Default: the working tree, with its uncommitted and untracked files. One not checked out is analyzed from a temporary git worktree.",
    };

    private static readonly Option<string?> LinkBaseOption = new("--link-base")
    {
        Description = "URL of the head commit's tree that the comment's links start with (…/blob/SHA). Default: built from the GitHub Actions environment, or no links.",
    };

    private static readonly Option<string> PostOption = GitHubOptions.Post(required: false);

    private static readonly Option<int?> PullRequestOption = GitHubOptions.PullRequest();

    private static readonly Option<string?> ApiUrlOption = GitHubOptions.ApiUrl();

    private static readonly Option<bool> InlineOption = GitHubOptions.Inline();

    public static Command Create()
    {
        var command = new Command("pr", "Review the TLS code a change touches and write the pull request comment.");
        Run.AddTo(command, BaseOption, HeadOption, LinkBaseOption, PostOption, PullRequestOption, ApiUrlOption, InlineOption);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        if (parse.GetValue(PostOption) is null && (parse.GetValue(InlineOption) || parse.GetValue(ApiUrlOption) is not null))
        {
            throw new UsageException("--inline and --api-url are options of --post github");
        }
        var targets = OutputTargets.Resolve(Run.FormatsOf(parse), parse.GetValue(Run.Output), f => FileNames[f]);
        new OutputWriter(parse.GetValue(Run.Force)).EnsureWritable(targets.Values.OfType<string>());

        using var progress = Run.Progress(parse);
        var timer = new StageTimer();
        progress?.Report("Reading the change");
        await using var change = await timer.TimeAsync("change", () => ChangeUnderReview.PrepareAsync(
            parse.GetValue(Run.Path)!, parse.GetValue(BaseOption)!, parse.GetValue(HeadOption), ct));
        var review = await ReviewPipeline.RunAsync(Run.PipelineOptions(parse, change.AnalysisInput, ReviewOptions.AllCategories), progress, timer, ct);
        var changed = ChangedFindingFilter.Apply(review, change.Changes, change.Paths);

        progress?.Report("Rendering");
        var linkBase = CommentLinkBase.Resolve(parse.GetValue(LinkBaseOption), Environment.GetEnvironmentVariable, change.HeadCommit);
        // Read only when posting or writing the post file: another run has no use for the event file.
        var pullRequest = targets.ContainsKey("post") || parse.GetValue(PostOption) is not null
            ? GitHubTargetResolver.PullRequestNumber(Environment.GetEnvironmentVariable, parse.GetValue(PullRequestOption))
            : null;
        var (post, texts) = timer.Time("render", () =>
        {
            var post = new PrPostDocument(
                PrPostDocument.CurrentSchemaVersion,
                pullRequest,
                change.HeadCommit,
                PrCommentModel.CommentMarker,
                new PrCommentRenderer(Templates).Render(PrCommentBuilder.Build(changed, linkBase)),
                PrInlineCommentBuilder.Build(changed, change.Changes));
            var newFindings = changed.NewFindingsOnly();
            var texts = targets.Select(t => (Path: t.Value, Text: t.Key switch
            {
                "md" => post.Comment,
                "post" => post.ToJson(),
                var format => Renderers.Get(format).Render(newFindings),
            })).ToArray();
            return (post, texts);
        });
        progress?.Dispose();
        Run.ReportStages(parse, timer);
        // The last point of cancellation: past it every file is written, so a cancelled run leaves none of them.
        ct.ThrowIfCancellationRequested();
        OutputWriter.WriteAll(texts);
        if (parse.GetValue(PostOption) is not null)
        {
            await PullRequestPosting.PostAsync(post, parse.GetValue(PullRequestOption), parse.GetValue(ApiUrlOption), parse.GetValue(InlineOption),
                expectedHead: null, ct);
        }
        return Run.ExceedsThreshold(parse, changed.NewFindings) ? ExitCodes.FindingsAtOrAboveThreshold : ExitCodes.Success;
    }
}
