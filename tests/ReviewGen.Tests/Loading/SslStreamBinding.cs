using Microsoft.CodeAnalysis;

namespace ReviewGen.Tests.Loading;

internal static class SslStreamBinding
{
    /// <summary>Every fixture uses SslStream; it binds only when the project has framework references.</summary>
    public static void AssertBinds(Compilation compilation)
    {
        var sslStream = compilation.GetTypeByMetadataName("System.Net.Security.SslStream");
        Assert.NotNull(sslStream);
        Assert.NotEqual(TypeKind.Error, sslStream.TypeKind);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }
}
