using System.Runtime.CompilerServices;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis.MSBuild;

// Usage: OpenOnly <solution.sln>. Prints what was opened, so a broken load cannot pass for a fast one.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: OpenOnly <solution.sln>");
    return 2;
}

MSBuildLocator.RegisterDefaults();
return await Open(args[0]);

// Kept out of the top-level statements so that no MSBuild type is loaded before MSBuildLocator has registered.
[MethodImpl(MethodImplOptions.NoInlining)]
static async Task<int> Open(string path)
{
    using var workspace = MSBuildWorkspace.Create();
    var failures = 0;
    using var handler = workspace.RegisterWorkspaceFailedHandler(_ => Interlocked.Increment(ref failures));
    var solution = await workspace.OpenSolutionAsync(path);
    var documents = solution.Projects.Sum(p => p.DocumentIds.Count);
    Console.WriteLine($"projects {solution.ProjectIds.Count}, documents {documents}, workspace diagnostics {failures}");
    return solution.ProjectIds.Count == 0 ? 1 : 0;
}
