using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0028;

public static class Provisioning
{
    public static void Provision(TrustBootstrapper bootstrapper, X509Certificate2 issuer, X509Certificate2 identity)
    {
        bootstrapper.Remember(identity);
        bootstrapper.Trust(issuer);
    }
}
