using Org.BouncyCastle.Tls;

namespace Fixture.Rg0019;

/// <summary>Suite lists shared by the gateway's peers, declared apart from the hooks that return them.</summary>
internal static class SuiteLists
{
    public static readonly int[] Compatible =
    {
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA,
    };

    public static readonly int[] Modern =
    [
        CipherSuite.TLS_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
    ];
}
