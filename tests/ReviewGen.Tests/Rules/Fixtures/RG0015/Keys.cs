using System;
using System.Text;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using Org.BouncyCastle.Utilities.Encoders;

namespace Fixture.Rg0015;

public static class Keys
{
    public static TlsPskIdentity Literal() =>
        new BasicTlsPskIdentity("sensor-17", // expect: RG0015
            Hex.Decode("00112233445566778899aabbccddeeff")); // expect: RG0015

    public static PskTlsClient ThroughLocals(TlsCrypto crypto)
    {
        var key = Encoding.UTF8.GetBytes("correct horse battery staple");
        return new PskTlsClient(crypto, Encoding.ASCII.GetBytes(Environment.MachineName), key); // expect: RG0015
    }

    public static TlsPskExternal External(TlsCrypto crypto) =>
        new BasicTlsPskExternal(new byte[] { 1, 2, 3, 4 }, crypto.CreateSecret(new byte[] { 9, 8, 7, 6, 5, 4, 3, 2 })); // expect: RG0015

    public static TlsPskIdentity FromConfiguration(Func<string, string> secrets) =>
        new BasicTlsPskIdentity(secrets("psk-identity"), Convert.FromBase64String(secrets("psk-key")));

    public static PskTlsClient Reassigned(TlsCrypto crypto, byte[] provisioned)
    {
        var key = Encoding.UTF8.GetBytes("placeholder");
        key = provisioned;
        return new PskTlsClient(crypto, Encoding.UTF8.GetBytes(Environment.MachineName), key);
    }

    public static TlsPskIdentity FromFile() =>
        new BasicTlsPskIdentity(Environment.UserName, System.IO.File.ReadAllBytes("/etc/sensor/psk.bin"));
}
