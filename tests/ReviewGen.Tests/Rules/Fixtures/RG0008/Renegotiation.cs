using System.Net.Security;

namespace Fixture.Rg0008;

public static class Renegotiation
{
    public static SslServerAuthenticationOptions Permissive() => new()
    {
        AllowRenegotiation = true, // expect: RG0008
    };

    public static void Enabled(SslServerAuthenticationOptions options) => options.AllowRenegotiation = true; // expect: RG0008

    public static SslServerAuthenticationOptions Refused() => new() { AllowRenegotiation = false };

    public static SslClientAuthenticationOptions ClientSide() => new() { AllowRenegotiation = true };

    public static bool Read(SslServerAuthenticationOptions options) => options.AllowRenegotiation;
}
