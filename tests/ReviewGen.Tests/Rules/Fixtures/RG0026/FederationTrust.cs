using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0026;

public sealed class FederationTrust
{
    private readonly X509ChainPolicy _policy = new()
    {
        RevocationMode = X509RevocationMode.Online,
    };

    private readonly X509ChainPolicy _lenient = new()
    {
        VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority | X509VerificationFlags.IgnoreNotTimeValid, // expect: RG0005
    };

    public FederationTrust(X509Certificate2 federationRoot)
    {
        _lenient.ExtraStore.Add(federationRoot); // expect: RG0026
        _policy.ExtraStore.Add(federationRoot);
    }

    public bool Accepts(X509Certificate2 token)
    {
        using var chain = new X509Chain { ChainPolicy = _lenient };
        return chain.Build(token);
    }

    public X509ChainPolicy ForIssuer(X509Certificate2 issuer) => new()
    {
        ExtraStore = { issuer }, // expect: RG0026
        VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority, // expect: RG0005
    };

    public bool AcceptsMasked(X509Certificate2 token, X509Certificate2 issuer)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.ExtraStore.Add(issuer); // expect: RG0026
        if (chain.Build(token))
        {
            return true;
        }
        foreach (var status in chain.ChainStatus)
        {
            if ((status.Status & ~X509ChainStatusFlags.UntrustedRoot) != X509ChainStatusFlags.NoError)
            {
                return false;
            }
        }
        return true;
    }
}
