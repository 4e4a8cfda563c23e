namespace ReviewGen.Publishing.GitHub;

/// <summary>Whether the pull request's summary comment was new or replaced the one an earlier run posted.</summary>
public enum CommentUpsertAction
{
    Created,
    Updated,
}
