using System.Threading;
using System.Threading.Tasks;
using MailKit.Net.Imap;
using MailKit.Security;
using MQTTnet;
using StackExchange.Redis;

namespace Fixture.Rg0042.Revocation;

public sealed class MailboxPoller
{
    public async Task<int> CountAsync(string host, CancellationToken cancellation)
    {
        using var client = new ImapClient { CheckCertificateRevocation = false }; // expect: RG0042
        await client.ConnectAsync(host, 993, SecureSocketOptions.SslOnConnect, cancellation);
        await client.Inbox.OpenAsync(MailKit.FolderAccess.ReadOnly, cancellation);
        return client.Inbox.Count;
    }

    public async Task ConnectCheckedAsync(ImapClient client, string host, CancellationToken cancellation)
    {
        client.CheckCertificateRevocation = true;
        await client.ConnectAsync(host, 993, SecureSocketOptions.SslOnConnect, cancellation);
    }
}

public static class CacheOptions
{
    public static ConfigurationOptions Create(string endpoint)
    {
        var options = ConfigurationOptions.Parse(endpoint);
        options.Ssl = true;
        options.CheckCertificateRevocation = false; // expect: RG0042
        return options;
    }

    public static ConfigurationOptions Checked(string endpoint) => new() { EndPoints = { endpoint }, Ssl = true, CheckCertificateRevocation = true };
}

public static class BrokerTls
{
    public static MqttClientTlsOptions Lenient() => new MqttClientTlsOptionsBuilder().UseTls().WithIgnoreCertificateRevocationErrors().Build(); // expect: RG0042

    public static MqttClientTlsOptions Direct() => new() { UseTls = true, IgnoreCertificateRevocationErrors = true }; // expect: RG0042

    public static MqttClientTlsOptions Strict() => new MqttClientTlsOptionsBuilder().UseTls().WithIgnoreCertificateRevocationErrors(false).Build();
}
