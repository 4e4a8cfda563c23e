namespace ReviewGen.Changes;

/// <summary>
/// The review names files relative to the solution's folder; git names them relative to the repository root. This
/// knows where the solution's folder is in the repository and turns the first kind into the second.
/// </summary>
/// <param name="SolutionFolder">The solution's folder relative to the repository root, forward slashes, "" at the root.</param>
public sealed record RepositoryPathMap(string SolutionFolder)
{
    /// <summary>
    /// "src/App/Client.cs" under solution folder "services" is "services/src/App/Client.cs"; a project outside the
    /// solution's folder ("../lib/X.cs") is resolved against it.
    /// </summary>
    public string ToRepository(string solutionRelativePath)
    {
        var segments = new List<string>();
        foreach (var segment in $"{SolutionFolder}/{solutionRelativePath}".Replace('\\', '/').Split('/'))
        {
            if (segment is "" or ".")
                continue;
            if (segment == ".." && segments.Count > 0 && segments[^1] != "..")
                segments.RemoveAt(segments.Count - 1);
            else
                segments.Add(segment);
        }
        return string.Join('/', segments);
    }
}
