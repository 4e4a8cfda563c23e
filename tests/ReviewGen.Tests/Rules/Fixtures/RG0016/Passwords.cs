using System;
using System.Security.Cryptography.X509Certificates;

#pragma warning disable SYSLIB0057

namespace Fixture.Rg0016;

public static class Passwords
{
    private const string PfxPassword = "P@ssw0rd!";

    public static X509Certificate2 Constructor() => new X509Certificate2("server.pfx", "changeit"); // expect: RG0016

    public static X509Certificate2 Loader() =>
        X509CertificateLoader.LoadPkcs12FromFile("server.pfx", PfxPassword); // expect: RG0016

    public static X509Certificate2 EmbeddedKey() =>
        X509CertificateLoader.LoadPkcs12(Convert.FromBase64String("MIIKcQIBAzCCCi0GCSqGSIb3DQEHAaCCCh4Egg"), null); // expect: RG0016

    public static X509Certificate2 FromConfiguration(Func<string, string> configuration) =>
        X509CertificateLoader.LoadPkcs12FromFile(configuration("Tls:Pfx"), configuration("Tls:Password"));

    public static X509Certificate2 NoPassword(byte[] pfx) => X509CertificateLoader.LoadPkcs12(pfx, null);

    public static X509Certificate2 EmptyPassword(string path) => new X509Certificate2(path, "");

    public static X509Certificate2 PublicRoot() => X509CertificateLoader.LoadCertificate(Convert.FromBase64String("MIIBszCCAVmgAwIBAgIU"));
}
