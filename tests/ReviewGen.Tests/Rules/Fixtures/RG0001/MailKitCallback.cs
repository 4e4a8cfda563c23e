using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Fixture.Rg0001.MailKit;

// MailKit's ServerCertificateValidationCallback is a RemoteCertificateValidationCallback: judged like SslStream's.
public sealed class NewsletterRelay
{
    public async Task ConnectAsync(SmtpClient client, string host, CancellationToken cancellation)
    {
        client.ServerCertificateValidationCallback = (sender, certificate, chain, errors) => true; // expect: RG0001
        await client.ConnectAsync(host, 465, SecureSocketOptions.SslOnConnect, cancellation);
    }

    public async Task ConnectCheckedAsync(SmtpClient client, string host, CancellationToken cancellation)
    {
        client.ServerCertificateValidationCallback = Validate;
        await client.ConnectAsync(host, 465, SecureSocketOptions.SslOnConnect, cancellation);
    }

    private static bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        errors == SslPolicyErrors.None;
}
