using System;
using System.IO;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0012;

public static class FailOpen
{
    public static SslStream CatchAccepts(Stream inner, string pinnedKey) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) => // expect: RG0012
        {
            try
            {
                return certificate is not null && certificate.GetPublicKeyString() == pinnedKey;
            }
            catch (Exception)
            {
                return true;
            }
        });

    public static SslClientAuthenticationOptions Options() => new()
    {
        RemoteCertificateValidationCallback = CheckChain, // expect: RG0012
    };

    private static bool CheckChain(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        try
        {
            return chain is not null && chain.ChainStatus.Length == 0 && errors == SslPolicyErrors.None;
        }
        catch (InvalidOperationException)
        {
            Console.Error.WriteLine("could not check the chain; letting it through");
            return true;
        }
    }

    public static SslStream CatchRejects(Stream inner, string pinnedKey) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) =>
        {
            try
            {
                return certificate is not null && certificate.GetPublicKeyString() == pinnedKey;
            }
            catch (Exception error)
            {
                Console.Error.WriteLine(error.Message);
                return false;
            }
        });

    public static SslStream NoCatch(Stream inner) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) => errors == SslPolicyErrors.None);
}
