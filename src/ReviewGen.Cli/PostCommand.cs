using System.CommandLine;
using ReviewGen.Rendering.PullRequest;

namespace ReviewGen.Cli;

/// <summary>
/// <c>reviewgen post FILE</c>: post what <c>pr --format post</c> wrote, without loading or building anything. This is
/// the step of a <c>workflow_run</c> job that holds a write token and must never run the pull request's own code.
/// </summary>
public static class PostCommand
{
    private static readonly Argument<string> FileArgument = new("file") { Description = $"The {PrPostDocument.FileName} that 'reviewgen pr --format post' wrote." };

    private static readonly Option<string> PostOption = GitHubOptions.Post(required: true);

    private static readonly Option<int?> PullRequestOption = GitHubOptions.PullRequest();

    private static readonly Option<string?> ApiUrlOption = GitHubOptions.ApiUrl();

    private static readonly Option<bool> InlineOption = GitHubOptions.Inline();

    private static readonly Option<string?> ExpectHeadOption = new("--expect-head")
    {
        Description = "The commit the pull request must be at (the workflow run's head_sha); the file and the pull request are both checked against it.",
    };

    public static Command Create()
    {
        var command = new Command("post", "Post a pull request review written by 'reviewgen pr --format post'.")
        {
            FileArgument, PostOption, PullRequestOption, ApiUrlOption, InlineOption, ExpectHeadOption,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var path = parse.GetValue(FileArgument)!;
        PrPostDocument document;
        try
        {
            document = PrPostDocument.Parse(await File.ReadAllTextAsync(path, ct));
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"{path}: {e.Message}");
        }
        await PullRequestPosting.PostAsync(document, parse.GetValue(PullRequestOption), parse.GetValue(ApiUrlOption), parse.GetValue(InlineOption),
            parse.GetValue(ExpectHeadOption), ct);
        return ExitCodes.Success;
    }
}
