namespace ReviewGen.Publishing.GitHub;

/// <summary>
/// The body of POST /repos/{owner}/{repo}/pulls/{number}/comments that places a comment by file line. Octokit 14's
/// own request type only knows the legacy diff position, which would need the diff's hunk layout to compute; Octokit's
/// serializer still writes this one (CommitId becomes commit_id) and sends it through the same authenticated connection.
/// </summary>
/// <param name="Side">"RIGHT": the line number counts in the head commit's file, where the findings are.</param>
internal sealed record LineReviewCommentRequest(string Body, string CommitId, string Path, int Line, string Side);
