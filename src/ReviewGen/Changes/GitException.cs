namespace ReviewGen.Changes;

/// <summary>Git could not answer: not a repository, an unknown revision, git missing. The message is one line for the user.</summary>
public sealed class GitException(string message) : Exception(message);
