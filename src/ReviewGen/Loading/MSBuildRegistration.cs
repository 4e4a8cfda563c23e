using Microsoft.Build.Locator;

namespace ReviewGen.Loading;

/// <summary>
/// Points the process at the installed SDK's MSBuild. Call <see cref="EnsureRegistered"/> first thing in Main (and once
/// per test run), from a method that does not itself use MSBuildWorkspace or any Microsoft.Build type: the runtime
/// resolves those assemblies when it JIT-compiles the method that mentions them, and once resolved from the wrong place
/// (or not at all) registration can no longer redirect them.
/// </summary>
public static class MSBuildRegistration
{
    private static readonly Lock Gate = new();

    /// <exception cref="NothingLoadedException">No .NET SDK with MSBuild is installed.</exception>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (MSBuildLocator.IsRegistered)
            {
                return;
            }

            try
            {
                MSBuildLocator.RegisterDefaults();
            }
            catch (InvalidOperationException e)
            {
                throw new NothingLoadedException($"No .NET SDK found to load projects with: {e.Message}");
            }
        }
    }
}
