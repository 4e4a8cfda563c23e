using System;
using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0028;

public sealed class TrustBootstrapper : IDisposable
{
    private readonly X509Store _roots = new(StoreName.Root, StoreLocation.LocalMachine);
    private readonly X509Store _personal;

    public TrustBootstrapper()
    {
        _personal = new X509Store("my", StoreLocation.CurrentUser);
        _roots.Open(OpenFlags.ReadWrite);
        _personal.Open(OpenFlags.ReadWrite);
    }

    public void Trust(X509Certificate2 issuer) => _roots.Add(issuer); // expect: RG0028

    public void Remember(X509Certificate2 identity) => _personal.Add(identity);

    public void Dispose()
    {
        _roots.Dispose();
        _personal.Dispose();
    }
}
