using System.Collections.Generic;
using System.Net.Security;

namespace Fixture.Rg0007;

public static class CipherPolicies
{
    public static CipherSuitesPolicy Legacy() => new CipherSuitesPolicy(new[]
    {
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA, // expect: RG0007
        TlsCipherSuite.TLS_RSA_WITH_RC4_128_MD5, // expect: RG0007
    });

    public static CipherSuitesPolicy FromList()
    {
        var suites = new List<TlsCipherSuite>
        {
            TlsCipherSuite.TLS_AES_256_GCM_SHA384,
            TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA, // expect: RG0007
            TlsCipherSuite.TLS_DH_anon_WITH_AES_128_CBC_SHA, // expect: RG0007
        };
        suites.Add(TlsCipherSuite.TLS_NULL_WITH_NULL_NULL); // expect: RG0007
        return new CipherSuitesPolicy(suites);
    }

    public static CipherSuitesPolicy Modern() => new CipherSuitesPolicy(
    [
        TlsCipherSuite.TLS_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_CHACHA20_POLY1305_SHA256,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
    ]);

    public static bool NegotiatedWeak(SslStream stream) => stream.NegotiatedCipherSuite == TlsCipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA;
}
