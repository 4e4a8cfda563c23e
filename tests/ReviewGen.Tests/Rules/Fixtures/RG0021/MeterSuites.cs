using Org.BouncyCastle.Tls;

namespace Fixture.Rg0021;

/// <summary>The suites the meter fleet's firmware understands.</summary>
internal static class MeterSuites
{
    internal static readonly int[] Firmware2019 =
    {
        CipherSuite.TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256,
        CipherSuite.TLS_RSA_PSK_WITH_AES_256_GCM_SHA384,
    };
}
