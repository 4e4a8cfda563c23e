using System.Net.Security;
using System.Runtime.Versioning;

namespace TlsSample.Server.Security;

internal static class TlsPolicies
{
    /// <summary>TLS 1.3 suites plus ECDHE/AEAD suites for TLS 1.2 clients.</summary>
    [UnsupportedOSPlatform("windows")]
    public static CipherSuitesPolicy ModernCipherSuites { get; } = new(new[]
    {
        TlsCipherSuite.TLS_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_CHACHA20_POLY1305_SHA256,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
    });
}
