using Microsoft.CodeAnalysis;

namespace ReviewGen.Loading;

/// <summary>
/// The newest .NET reference assemblies beside the running dotnet, for projects MSBuild could not give references:
/// close enough to .NET Framework's for the TLS APIs (SslStream, ServicePointManager, X509 types) to bind.
/// </summary>
internal static class ReferenceAssemblies
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Cached = new(Load);

    /// <summary>Empty when the installation has no Microsoft.NETCore.App.Ref pack.</summary>
    public static IReadOnlyList<MetadataReference> NetCoreApp => Cached.Value;

    private static IReadOnlyList<MetadataReference> Load()
    {
        var packDirectory = Path.Combine(DotnetInstallation.RootDirectory, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packDirectory))
        {
            return [];
        }

        var refDirectory = Directory.EnumerateDirectories(packDirectory)
            .Select(d => (Directory: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
            .Where(d => d.Version is not null)
            .OrderByDescending(d => d.Version)
            .Select(d => Path.Combine(d.Directory, "ref"))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateDirectories(d, "net*").Order(StringComparer.Ordinal))
            .FirstOrDefault();
        if (refDirectory is null)
        {
            return [];
        }

        return Directory.EnumerateFiles(refDirectory, "*.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }
}
