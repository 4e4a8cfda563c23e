namespace ReviewGen.Review.Suppressions;

/// <summary>A suppression written in the code that names a finding's rule and covers its place.</summary>
/// <param name="Syntax">How it is written: <see cref="IgnoreComment"/>, <see cref="Pragma"/> or <see cref="SuppressMessage"/>.</param>
/// <param name="Justification">The reason written with it; null when none is.</param>
/// <param name="Path">The file it is written in, relative to the solution folder: an attribute may stand in another file.</param>
/// <param name="Line">Its line in that file.</param>
public sealed record SourceSuppression(string Syntax, string? Justification, string Path, int Line)
{
    public const string IgnoreComment = "reviewgen-ignore";

    public const string Pragma = "pragma";

    public const string SuppressMessage = "SuppressMessage";
}
