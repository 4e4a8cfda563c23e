using System.Runtime.CompilerServices;
using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

internal static class MSBuildSetup
{
    // Once per test run, before any test method that mentions MSBuild types is compiled.
#pragma warning disable CA2255 // A module initializer is exactly what a test assembly needs here; this is no library.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => MSBuildRegistration.EnsureRegistered();
}
