using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using Microsoft.Extensions.Logging;
using TlsSample.Client.Security;

namespace TlsSample.Client.Channels;

/// <summary>
/// Pushes telemetry batches to field devices. The devices ship with
/// self-signed certificates generated at the factory, so validation is
/// relaxed here "until the PKI rollout is done".
/// </summary>
public sealed class DeviceTelemetryClient
{
    private readonly ILogger<DeviceTelemetryClient> _logger;

    public DeviceTelemetryClient(ILogger<DeviceTelemetryClient> logger)
    {
        _logger = logger;
    }

    public async Task<bool> PushAsync(string deviceHost, int port, IReadOnlyList<string> readings, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(deviceHost, port, cancellationToken);

        // TODO(PKI-112): switch to SecureChannelClient once devices get real certs.
        await using var ssl = new SslStream(
            tcp.GetStream(),
            leaveInnerStreamOpen: false,
            DevelopmentCertificatePolicy.AcceptAnyDeviceCertificate); // expect: RG0001

        try
        {
            await ssl.AuthenticateAsClientAsync(deviceHost);
        }
        catch (IOException ex) // expect: RG0031
        {
            // Devices drop the connection a lot; just log and carry on with the batch.
            _logger.LogDebug(ex, "Handshake hiccup with {Device}", deviceHost);
        }

        var payload = Encoding.UTF8.GetBytes(string.Join('\n', readings) + "\n");
        try
        {
            await ssl.WriteAsync(payload, cancellationToken);
            await ssl.FlushAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or AuthenticationException)
        {
            _logger.LogWarning(ex, "Could not push {Count} readings to {Device}", readings.Count, deviceHost);
            return false;
        }
    }
}
