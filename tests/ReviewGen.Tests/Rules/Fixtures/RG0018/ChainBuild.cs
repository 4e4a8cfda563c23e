using System;
using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0018;

public static class ChainBuild
{
    public static X509Certificate2 Ignored(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.Build(certificate); // expect: RG0018
        return certificate;
    }

    public static void IgnoredThenInspected(X509Certificate2 certificate, X509Chain chain)
    {
        chain.ChainPolicy.RevocationMode = X509RevocationMode.Online;
        chain.Build(certificate); // expect: RG0018
        Console.WriteLine(chain.ChainElements.Count);
    }

    public static bool Returned(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        return chain.Build(certificate);
    }

    public static void Checked(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        if (!chain.Build(certificate))
        {
            throw new InvalidOperationException("untrusted certificate");
        }
    }

    public static bool Stored(X509Certificate2 certificate, X509Chain chain)
    {
        var trusted = chain.Build(certificate);
        return trusted && chain.ChainStatus.Length == 0;
    }
}
