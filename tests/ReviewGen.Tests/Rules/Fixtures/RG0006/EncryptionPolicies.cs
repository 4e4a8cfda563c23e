using System.IO;
using System.Net.Security;

#pragma warning disable SYSLIB0040

namespace Fixture.Rg0006;

public static class EncryptionPolicies
{
    public static SslStream Plaintext(Stream inner) =>
        new SslStream(inner, false, null, null, EncryptionPolicy.NoEncryption); // expect: RG0006

    public static SslServerAuthenticationOptions Downgradable() => new()
    {
        EncryptionPolicy = EncryptionPolicy.AllowNoEncryption, // expect: RG0006
    };

    public static void Assigned(SslClientAuthenticationOptions options) =>
        options.EncryptionPolicy = EncryptionPolicy.NoEncryption; // expect: RG0006

    public static SslClientAuthenticationOptions Required() => new() { EncryptionPolicy = EncryptionPolicy.RequireEncryption };

    public static SslStream DefaultPolicy(Stream inner) => new SslStream(inner, false, null, null, EncryptionPolicy.RequireEncryption);

    public static bool Audited(SslClientAuthenticationOptions options) => options.EncryptionPolicy == EncryptionPolicy.NoEncryption;
}
