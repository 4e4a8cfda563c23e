using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;

namespace Fixture.Rg0021;

public sealed class SensorPskClient(TlsCrypto crypto, TlsPskIdentity identity) : PskTlsClient(crypto, identity)
{
    protected override int[] GetSupportedCipherSuites() => new[] // expect: RG0021
    {
        CipherSuite.TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_PSK_WITH_AES_128_GCM_SHA256,
    };
}

public sealed class FleetPskServer(TlsCrypto crypto, TlsPskIdentityManager identities) : PskTlsServer(crypto, identities)
{
    protected override int[] GetSupportedCipherSuites() => TlsUtilities.GetSupportedCipherSuites(Crypto, MeterSuites.Firmware2019); // expect: RG0021
}

/// <summary>A NULL suite is both weak (cipher category) and plain PSK (PSK category): two findings, two fixes.</summary>
public sealed class DebugPskClient(TlsCrypto crypto, TlsPskIdentity identity) : PskTlsClient(crypto, identity)
{
    protected override int[] GetSupportedCipherSuites() => [CipherSuite.TLS_PSK_WITH_NULL_SHA256]; // expect: RG0019, RG0021
}

public sealed class EphemeralPskClient(TlsCrypto crypto, TlsPskIdentity identity) : PskTlsClient(crypto, identity)
{
    protected override int[] GetSupportedCipherSuites() =>
    [
        CipherSuite.TLS_ECDHE_PSK_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_DHE_PSK_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_PSK_DHE_WITH_AES_128_CCM_8,
    ];
}

/// <summary>Keeps BouncyCastle's default suites, all (EC)DHE_PSK.</summary>
public sealed class DefaultSuitesPskServer(TlsCrypto crypto, TlsPskIdentityManager identities) : PskTlsServer(crypto, identities)
{
    protected override ProtocolVersion[] GetSupportedVersions() => ProtocolVersion.TLSv12.Only();
}
