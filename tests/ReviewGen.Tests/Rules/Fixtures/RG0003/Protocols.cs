using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Authentication;

#pragma warning disable SYSLIB0039, SYSLIB0014, CS0618

namespace Fixture.Rg0003;

public static class Protocols
{
    public static SslClientAuthenticationOptions FlagsCombination() => new()
    {
        TargetHost = "api.internal",
        EnabledSslProtocols = SslProtocols.Tls | SslProtocols.Tls12, // expect: RG0003
    };

    public static HttpClientHandler NumericCast() => new()
    {
        SslProtocols = (SslProtocols)192, // expect: RG0003
    };

    public static void LegacyServicePoint()
    {
        ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls11; // expect: RG0003
    }

    public static void Argument(SslStream stream) =>
        stream.AuthenticateAsClient("api.internal", null, SslProtocols.Default, true); // expect: RG0003

    public static SslProtocols Returned() => SslProtocols.Ssl3; // expect: RG0003

    public static SslClientAuthenticationOptions Modern() => new()
    {
        TargetHost = "api.internal",
        EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
    };

    public static SslClientAuthenticationOptions OperatingSystemDefault() => new() { EnabledSslProtocols = SslProtocols.None };

    public static void ModernServicePoint() => ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault;

    public static bool Compared(SslStream stream) => stream.SslProtocol == SslProtocols.Tls || stream.SslProtocol == SslProtocols.Tls11;

    public static SslProtocols Removed(SslProtocols configured) => configured & ~SslProtocols.Tls11;
}
