using Org.BouncyCastle.Crypto.Tls;

namespace Fixture.Rg0020.Legacy;

// Keeps AbstractTlsClient.MinimumVersion: TLS 1.0 is accepted from the server.
internal sealed class MeterClient(TlsPskIdentity identity) : PskTlsClient(identity) // expect: RG0020
{
    public override int[] GetCipherSuites() => [CipherSuite.TLS_PSK_WITH_AES_128_CBC_SHA]; // expect: RG0021
}

// Raises the maximum, keeps the minimum of TLS 1.0.
public class GatewayServer : PskTlsServer // expect: RG0020
{
    public GatewayServer(TlsPskIdentityManager manager)
        : base(manager)
    {
    }

    protected override ProtocolVersion MaximumVersion => ProtocolVersion.TLSv12;
}

// Lowers the minimum explicitly.
public sealed class LegacyScannerClient(TlsPskIdentity identity) : PskTlsClient(identity)
{
    public override ProtocolVersion MinimumVersion => ProtocolVersion.TLSv11; // expect: RG0020
}

public sealed class Factory
{
    // A library peer created as it comes keeps its defaults too.
    public static AbstractTlsClient Plain(TlsPskIdentity identity) => new PskTlsClient(identity); // expect: RG0020

    public static AbstractTlsClient Strict(TlsPskIdentity identity) => new StrictClient(identity);
}

// Sound: TLS 1.2 at least.
public sealed class StrictClient(TlsPskIdentity identity) : PskTlsClient(identity)
{
    public override ProtocolVersion MinimumVersion => ProtocolVersion.TLSv12;

    public override int[] GetCipherSuites() => [CipherSuite.TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256];
}

// Sound: both ends of the server's range set, through a base class of the solution.
public abstract class HardenedServer(TlsPskIdentityManager manager) : PskTlsServer(manager)
{
    protected override ProtocolVersion MinimumVersion => ProtocolVersion.TLSv12;

    protected override ProtocolVersion MaximumVersion => ProtocolVersion.TLSv12;
}

public sealed class StationServer(TlsPskIdentityManager manager) : HardenedServer(manager)
{
    protected override int[] GetCipherSuites() => [CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA]; // expect: RG0019
}

// Sound: a class that is no TLS peer.
public sealed class Telemetry
{
    public ProtocolVersion MinimumVersion => ProtocolVersion.TLSv10;
}
