using Org.BouncyCastle.Tls;

namespace Fixture.Rg0023;

internal static class ResumptionModes
{
    internal static readonly short[] Fast = [PskKeyExchangeMode.psk_ke];
}
