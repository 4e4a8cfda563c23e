namespace ReviewGen.Changes;

public enum ReviewedSourceState
{
    /// <summary>The working tree is exactly HEAD.</summary>
    Clean,

    /// <summary>Staged, unstaged or untracked changes on top of HEAD.</summary>
    Uncommitted,

    /// <summary>A git repository with no commit yet.</summary>
    NoCommit,

    /// <summary>Not inside a git repository.</summary>
    NotGit,
}
