using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;

namespace Fixture.Rg0023;

public sealed class FastResumeClient(TlsCrypto crypto) : DefaultTlsClient(crypto)
{
    public override short[] GetPskKeyExchangeModes() => new[] { PskKeyExchangeMode.psk_ke }; // expect: RG0023

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}

public sealed class TicketServer(TlsCrypto crypto) : DefaultTlsServer(crypto)
{
    public override short[] GetPskKeyExchangeModes() => ResumptionModes.Fast; // expect: RG0023
}

public sealed class LowPowerClient(TlsCrypto crypto, bool onBattery) : DefaultTlsClient(crypto)
{
    public override short[] GetPskKeyExchangeModes()
    {
        if (onBattery)
        {
            return [PskKeyExchangeMode.psk_ke]; // expect: RG0023
        }
        return [PskKeyExchangeMode.psk_dhe_ke];
    }

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}

public sealed class ForwardSecretClient(TlsCrypto crypto) : DefaultTlsClient(crypto)
{
    public override short[] GetPskKeyExchangeModes() => [PskKeyExchangeMode.psk_dhe_ke];

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}

/// <summary>Offers both: the server can still choose psk_dhe_ke.</summary>
public sealed class BothModesServer(TlsCrypto crypto) : DefaultTlsServer(crypto)
{
    public override short[] GetPskKeyExchangeModes() => [PskKeyExchangeMode.psk_dhe_ke, PskKeyExchangeMode.psk_ke];
}

/// <summary>Asks the base class: nothing written here to judge.</summary>
public sealed class DelegatingClient(TlsCrypto crypto) : DefaultTlsClient(crypto)
{
    public override short[] GetPskKeyExchangeModes() => base.GetPskKeyExchangeModes();

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}
