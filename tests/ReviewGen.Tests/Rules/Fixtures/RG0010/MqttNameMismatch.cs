using System.Net.Security;
using MQTTnet;

namespace Fixture.Rg0010.Mqtt;

public static class FleetTelemetry
{
    // Brokers behind a load balancer present the balancer's name: the mismatch is waved through.
    public static MqttClientTlsOptions BehindBalancer() => new()
    {
        UseTls = true,
        CertificateValidationHandler = args => args.SslPolicyErrors is SslPolicyErrors.None or SslPolicyErrors.RemoteCertificateNameMismatch, // expect: RG0010
    };

    public static MqttClientTlsOptions Exact() => new()
    {
        UseTls = true,
        CertificateValidationHandler = args => args.SslPolicyErrors == SslPolicyErrors.None,
    };
}
