using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0028;

public sealed class LabTrust
{
    private X509Store? _userRoots;

    private X509Store UserRoots => _userRoots ??= new X509Store("root", StoreLocation.CurrentUser);

    public void Trust(X509Certificate2 labCa)
    {
        UserRoots.Open(OpenFlags.ReadWrite);
        UserRoots.Add(labCa); // expect: RG0028
    }
}
