using System;

namespace Fixture.Rg0036;

public static class LegacyCompatibility
{
    private const string StrongCryptoSwitch = "Switch.System.Net.DontEnableSchUseStrongCrypto";

    public static void ForOldMainframeGateway()
    {
        AppContext.SetSwitch("Switch.System.Net.DontEnableSystemDefaultTlsVersions", true); // expect: RG0036
        AppContext.SetSwitch(StrongCryptoSwitch, isEnabled: true); // expect: RG0036
    }

    public static void ForWcfPartner() =>
        AppContext.SetSwitch(isEnabled: true, switchName: "Switch.System.ServiceModel.DisableUsingServicePointManagerSecurityProtocols"); // expect: RG0036

    public static void KeepDefaults()
    {
        AppContext.SetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", false);
        AppContext.SetSwitch("Switch.System.Net.DontEnableSystemDefaultTlsVersions", isEnabled: false);
    }
}
