using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;

namespace Fixture.Rg0013;

public sealed class LegacyGatewayClient(TlsCrypto crypto) : DefaultTlsClient(crypto)
{
    public override bool AllowLegacyResumption()
    {
        return true; // expect: RG0013
    }

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}

public sealed class ExpressionBodied(TlsCrypto crypto) : DefaultTlsClient(crypto)
{
    public override bool AllowLegacyResumption() => true; // expect: RG0013

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}

public sealed class Strict(TlsCrypto crypto) : DefaultTlsClient(crypto)
{
    public override bool AllowLegacyResumption() => false;

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}

public sealed class Configurable(TlsCrypto crypto, bool legacyPeers) : DefaultTlsClient(crypto)
{
    public override bool AllowLegacyResumption() => legacyPeers;

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}

public static class NotAnOverride
{
    public static bool AllowLegacyResumption() => true;
}
