namespace ReviewGen.Changes;

/// <summary>One file of a unified diff.</summary>
/// <param name="OldPath">Relative to the repository root, forward slashes; null for an added file.</param>
/// <param name="NewPath">Relative to the repository root, forward slashes; null for a deleted file.</param>
/// <param name="TouchedLines">
/// Head-side lines the change touched, ascending: every added line, and the two lines either side of a deletion
/// that added nothing in its place (removing a check can create a defect where nothing was added).
/// </param>
public sealed record FileChange(string? OldPath, string? NewPath, FileChangeKind Kind, bool IsBinary, IReadOnlyList<int> TouchedLines);
