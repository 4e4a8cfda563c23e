using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;

namespace Fixture.Rg0020;

public sealed class LegacyMeterClient(TlsCrypto crypto) : DefaultTlsClient(crypto)
{
    protected override ProtocolVersion[] GetSupportedVersions() => ProtocolVersion.TLSv12.DownTo(ProtocolVersion.TLSv10); // expect: RG0020

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}

public sealed class CompatibleServer(TlsCrypto crypto) : DefaultTlsServer(crypto)
{
    protected override ProtocolVersion[] GetSupportedVersions() => VersionPolicy.Compatible; // expect: RG0020
}

public sealed class SslFallbackClient(TlsCrypto crypto, bool fallback) : DefaultTlsClient(crypto)
{
    protected override ProtocolVersion[] GetSupportedVersions()
    {
        if (fallback)
        {
            return new[] { ProtocolVersion.TLSv12, ProtocolVersion.SSLv3 }; // expect: RG0020
        }
        return ProtocolVersion.TLSv12.Only();
    }

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}

public sealed class DatagramClient(TlsCrypto crypto) : DefaultTlsClient(crypto)
{
    protected override ProtocolVersion[] GetSupportedVersions() =>
        ProtocolVersion.DTLSv12.DownTo(ProtocolVersion.DTLSv10); // expect: RG0020

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}

public sealed class CurrentClient(TlsCrypto crypto) : DefaultTlsClient(crypto)
{
    protected override ProtocolVersion[] GetSupportedVersions() => VersionPolicy.Current;

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}

public sealed class PinnedServer(TlsCrypto crypto, bool tls13Ready) : DefaultTlsServer(crypto)
{
    protected override ProtocolVersion[] GetSupportedVersions() =>
        tls13Ready ? ProtocolVersion.TLSv13.DownTo(ProtocolVersion.TLSv12) : ProtocolVersion.TLSv12.Only();

    /// <summary>Rejects an old version the client proposed: a comparison, not an offer.</summary>
    public override ProtocolVersion GetServerVersion()
    {
        var version = base.GetServerVersion();
        if (version.IsEqualOrEarlierVersionOf(ProtocolVersion.TLSv11))
        {
            throw new TlsFatalAlert(AlertDescription.protocol_version);
        }
        return version;
    }
}

public static class VersionReport
{
    /// <summary>Not a hook: the versions a scanner probes for.</summary>
    public static ProtocolVersion[] GetSupportedVersions() => ProtocolVersion.TLSv12.DownTo(ProtocolVersion.SSLv3);
}

/// <summary>Overrides the public hook instead of GetSupportedVersions: what it returns is offered all the same.</summary>
public sealed class DirectVersionsClient(TlsCrypto crypto) : DefaultTlsClient(crypto)
{
    public override ProtocolVersion[] GetProtocolVersions() => ProtocolVersion.TLSv11.DownTo(ProtocolVersion.SSLv3); // expect: RG0020

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}
