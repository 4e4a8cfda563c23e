using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0028;

public static class RootInstaller
{
    public static void InstallDevelopmentCa(X509Certificate2 ca)
    {
        using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        store.Add(ca); // expect: RG0028
    }

    public static void InstallBundle(X509Certificate2Collection bundle)
    {
        using (var machineRoots = new X509Store("AuthRoot", StoreLocation.LocalMachine))
        {
            machineRoots.Open(OpenFlags.ReadWrite | OpenFlags.OpenExistingOnly);
            machineRoots.AddRange(bundle); // expect: RG0028
        }
    }

    public static void InstallOnce(X509Certificate2 ca) => new X509Store(StoreName.Root).Add(ca); // expect: RG0028

    public static bool IsTrusted(X509Certificate2 ca)
    {
        using var store = new X509Store(StoreName.Root, StoreLocation.LocalMachine);
        store.Open(OpenFlags.ReadOnly);
        return store.Certificates.Find(X509FindType.FindByThumbprint, ca.Thumbprint, validOnly: false).Count > 0;
    }

    public static void SaveClientCertificate(X509Certificate2 certificate)
    {
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        store.Add(certificate);
    }

    public static void KeepInMemory(X509Certificate2 ca)
    {
        var trusted = new X509Certificate2Collection();
        trusted.Add(ca);
    }
}
