using System;

namespace Fixture.Rg0037;

public static class Startup
{
    private const string NoRevocation = "System.Net.Security.NoRevocationCheckByDefault";

    public static void ConfigureAirGappedSite()
    {
        AppContext.SetSwitch("System.Net.Security.NoRevocationCheckByDefault", true); // expect: RG0037
    }

    public static void ConfigureLab() => AppContext.SetSwitch(NoRevocation, isEnabled: true); // expect: RG0037

    public static void ConfigureProduction()
    {
        AppContext.SetSwitch(NoRevocation, false);
        AppContext.SetSwitch("System.Net.Security.NoRevocationCheckByDefault", isEnabled: false);
    }

    public static void ConfigureFromSettings(bool offline) =>
        AppContext.SetSwitch(NoRevocation, offline);
}
