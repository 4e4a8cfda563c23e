using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;

namespace TlsSample.Psk;

/// <summary>
/// PSK-only TLS 1.2 client for the constrained sensor gateways, which have no
/// certificate stack. Each gateway is provisioned with its own identity and key.
/// </summary>
public sealed class SensorPskTlsClient : PskTlsClient
{
    private static readonly int[] PreferredCipherSuites =
    {
        CipherSuite.TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256,
        CipherSuite.TLS_DHE_PSK_WITH_AES_128_GCM_SHA256,
    };

    private readonly string _gatewayName;

    public SensorPskTlsClient(TlsCrypto crypto, TlsPskIdentity identity, string gatewayName)
        : base(crypto, identity)
    {
        _gatewayName = gatewayName;
    }

    public bool HandshakeCompleted { get; private set; }

    protected override ProtocolVersion[] GetSupportedVersions() => ProtocolVersion.TLSv12.Only();

    protected override int[] GetSupportedCipherSuites()
        => TlsUtilities.GetSupportedCipherSuites(Crypto, PreferredCipherSuites);

    public override void NotifyHandshakeComplete()
    {
        base.NotifyHandshakeComplete();
        HandshakeCompleted = true;
        var context = m_context;
        Console.WriteLine(
            $"[psk] {_gatewayName}: negotiated {context.ServerVersion} suite 0x{context.SecurityParameters.CipherSuite:X4}");
    }

    public override void NotifyAlertRaised(short alertLevel, short alertDescription, string message, Exception cause)
    {
        Console.Error.WriteLine(
            $"[psk] {_gatewayName}: raised {AlertLevel.GetText(alertLevel)} {AlertDescription.GetText(alertDescription)} {message}");
    }

    public override void NotifyAlertReceived(short alertLevel, short alertDescription)
    {
        Console.Error.WriteLine(
            $"[psk] {_gatewayName}: received {AlertLevel.GetText(alertLevel)} {AlertDescription.GetText(alertDescription)}");
    }
}
