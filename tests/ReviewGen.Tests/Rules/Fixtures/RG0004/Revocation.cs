using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;

#pragma warning disable SYSLIB0014, SYSLIB0039

namespace Fixture.Rg0004;

public static class Revocation
{
    public static X509Chain ChainWithoutRevocation()
    {
        var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck; // expect: RG0004
        return chain;
    }

    public static HttpClientHandler Handler() => new()
    {
        CheckCertificateRevocationList = false, // expect: RG0004
    };

    public static void ServicePoint() => ServicePointManager.CheckCertificateRevocationList = false; // expect: RG0004

    public static Task Named(SslStream stream) =>
        stream.AuthenticateAsClientAsync("api.internal", null, SslProtocols.None, checkCertificateRevocation: false); // expect: RG0004

    public static void Positional(SslStream stream) =>
        stream.AuthenticateAsServer(new X509Certificate2(new byte[0]), false, SslProtocols.None, false); // expect: RG0004

    public static SslClientAuthenticationOptions Options() => new()
    {
        CertificateRevocationCheckMode = X509RevocationMode.NoCheck, // expect: RG0004
    };

    public static X509Chain Online()
    {
        var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.Online;
        return chain;
    }

    public static SslClientAuthenticationOptions Offline() => new() { CertificateRevocationCheckMode = X509RevocationMode.Offline };

    public static HttpClientHandler Checked() => new() { CheckCertificateRevocationList = true };

    public static Task CheckedHandshake(SslStream stream) =>
        stream.AuthenticateAsClientAsync("api.internal", null, SslProtocols.None, checkCertificateRevocation: true);

    public static bool Compared(X509ChainPolicy policy) => policy.RevocationMode == X509RevocationMode.NoCheck;
}
