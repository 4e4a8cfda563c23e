using System.Net;
using System.Threading;
using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Fixture.Rg0041.Mail;

public sealed class InvoiceMailer
{
    private readonly string _host;

    public InvoiceMailer(string host) => _host = host;

    public async Task SendAsync(MimeMessage message, NetworkCredential login, CancellationToken cancellation)
    {
        using var client = new SmtpClient();
        // Continues in plaintext when the STARTTLS offer is missing or stripped.
        await client.ConnectAsync(_host, 587, SecureSocketOptions.StartTlsWhenAvailable, cancellation); // expect: RG0041
        await client.AuthenticateAsync(login, cancellation);
        await client.SendAsync(message, cancellation);
        await client.DisconnectAsync(true, cancellation);
    }

    public async Task SendRequiredAsync(MimeMessage message, CancellationToken cancellation)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(_host, 587, SecureSocketOptions.StartTls, cancellation);
        await client.SendAsync(message, cancellation);
        await client.DisconnectAsync(true, cancellation);
    }

    public void SendImplicitTls(MimeMessage message)
    {
        using var client = new SmtpClient();
        client.Connect(_host, 465, useSsl: true);
        client.Send(message);
        client.Disconnect(true);
    }

    public void SendLegacy(MimeMessage message)
    {
        using var client = new SmtpClient();
        client.Connect(_host, 25, false); // expect: RG0041
        client.Send(message);
        client.Disconnect(true);
    }
}

public static class RelayOptions
{
    // Chosen once, used by every relay connection.
    public static SecureSocketOptions Default => SecureSocketOptions.None; // expect: RG0041
}
