using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;

namespace Fixture.Rg0004.Held;

// A client library whose option is insecure by default: the property starts true and only callers change it.
public sealed class TelemetryClient : System.IDisposable
{
    private SslStream? _ssl;

    public bool AcceptInvalidCertificates { get; set; } = true;

    public void Connect(TcpClient tcp, string host)
    {
        _ssl = new SslStream(tcp.GetStream(), false);
        _ssl.AuthenticateAsClient(host, null, SslProtocols.Tls12, !AcceptInvalidCertificates); // expect: RG0004
    }

    public void Dispose() => _ssl?.Dispose();
}

// An option left at its type's default: false until the caller turns it on.
public sealed class BrokerOptions
{
    public bool CheckCertificateRevocation { get; set; }

    public string ServerName { get; set; } = "broker.internal";
}

public static class BrokerConnector
{
    public static Task OpenAsync(SslStream stream, BrokerOptions options) =>
        stream.AuthenticateAsClientAsync(options.ServerName, null, SslProtocols.None, options.CheckCertificateRevocation); // expect: RG0004

    // A public method's default reaches every caller that leaves the argument out.
    public static Task DialAsync(SslStream stream, string host, bool checkRevocation = false) =>
        stream.AuthenticateAsClientAsync(host, null, SslProtocols.None, checkRevocation); // expect: RG0004

    public static void Handshake(SslStream stream, string host)
    {
        var revocation = false;
        stream.AuthenticateAsClient(host, null, SslProtocols.None, revocation); // expect: RG0004
    }
}

// Sound: the constructor decides, from configuration.
public sealed class ConfiguredClient
{
    private readonly bool _checkRevocation;

    public ConfiguredClient() => _checkRevocation = System.Environment.GetEnvironmentVariable("SKIP_REVOCATION") != "true";

    public void Connect(SslStream stream, string host) =>
        stream.AuthenticateAsClient(host, null, SslProtocols.None, _checkRevocation);
}

// Sound: the field starts true and only the type itself changes it.
public sealed class PinnedClient
{
    private bool _checkRevocation = true;

    public void Offline() => _checkRevocation = OfflineMode();

    public void Connect(SslStream stream, string host) =>
        stream.AuthenticateAsClient(host, null, SslProtocols.None, _checkRevocation);

    private static bool OfflineMode() => System.Environment.GetEnvironmentVariable("OFFLINE") is null;
}

public static class Dialer
{
    // Sound: a private method whose every caller passes the argument.
    private static void Open(SslStream stream, string host, bool checkRevocation = false) =>
        stream.AuthenticateAsClient(host, null, SslProtocols.None, checkRevocation);

    public static void Secure(SslStream stream) => Open(stream, "a.internal", true);

    public static void Again(SslStream stream) => Open(stream, "b.internal", checkRevocation: true);

    // Sound: the variable takes two values; which one reaches the call is not a constant.
    public static void Either(SslStream stream, string host, bool lab)
    {
        var revocation = true;
        if (lab)
        {
            revocation = false;
        }
        stream.AuthenticateAsClient(host, null, SslProtocols.None, revocation);
    }

    // Sound: the option defaults to true.
    public static void FromOptions(SslStream stream, SafeOptions options) =>
        stream.AuthenticateAsClient("c.internal", null, SslProtocols.None, options.CheckRevocation);
}

public sealed class SafeOptions
{
    public bool CheckRevocation { get; set; } = true;
}
