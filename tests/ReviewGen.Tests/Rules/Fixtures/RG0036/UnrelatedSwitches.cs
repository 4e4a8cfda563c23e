using System;

namespace Fixture.Rg0036;

public static class UnrelatedSwitches
{
    public static void Configure(bool legacyPeers)
    {
        AppContext.SetSwitch("System.Globalization.Invariant", true);
        AppContext.SetSwitch("System.Net.Http.SocketsHttpHandler.Http3Support", true);
        // Decided at run time from configuration, so not a constant the review can judge.
        AppContext.SetSwitch("Switch.System.Net.DontEnableSystemDefaultTlsVersions", legacyPeers);
        if (AppContext.TryGetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", out var weak) && weak)
        {
            Console.Error.WriteLine("strong crypto is off in this process");
        }
    }
}
