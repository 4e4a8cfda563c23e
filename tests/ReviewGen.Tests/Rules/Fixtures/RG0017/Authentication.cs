using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Tls;

namespace Fixture.Rg0017;

public sealed class TrustingAuthentication : TlsAuthentication
{
    public void NotifyServerCertificate(TlsServerCertificate serverCertificate) // expect: RG0017
    {
    }

    public TlsCredentials? GetClientCredentials(CertificateRequest certificateRequest) => null;
}

public sealed class LoggingAuthentication : ServerOnlyTlsAuthentication
{
    public override void NotifyServerCertificate(TlsServerCertificate certificate) => // expect: RG0017
        System.Console.WriteLine("server certificate received");
}

public sealed class CheckingAuthentication(X509Certificate2 root) : ServerOnlyTlsAuthentication
{
    public override void NotifyServerCertificate(TlsServerCertificate serverCertificate)
    {
        var leaf = X509CertificateLoader.LoadCertificate(serverCertificate.Certificate.GetCertificateAt(0).GetEncoded());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        if (!chain.Build(leaf))
        {
            throw new TlsFatalAlert(AlertDescription.bad_certificate);
        }
    }
}

public sealed class RejectingAuthentication : ServerOnlyTlsAuthentication
{
    public override void NotifyServerCertificate(TlsServerCertificate serverCertificate) =>
        throw new TlsFatalAlert(AlertDescription.certificate_unknown);
}
