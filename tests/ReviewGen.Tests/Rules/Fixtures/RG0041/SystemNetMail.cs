using System.Net;
using System.Net.Mail;

namespace Fixture.Rg0041.SystemMail;

public static class AlertSender
{
    public static void Send(string relay, MailMessage alert, ICredentialsByHost credentials)
    {
        using var client = new SmtpClient(relay, 25) { Credentials = credentials, EnableSsl = false }; // expect: RG0041
        client.Send(alert);
    }

    public static void SendSecure(string relay, MailMessage alert, ICredentialsByHost credentials)
    {
        using var client = new SmtpClient(relay, 587) { Credentials = credentials };
        client.EnableSsl = true;
        client.Send(alert);
    }
}
