using System.Net.Security;
using MQTTnet;

namespace Fixture.Rg0025.Mqtt;

public static class MeterReadings
{
    // Looks at the certificate's presence only, never at args.SslPolicyErrors.
    public static MqttClientTlsOptions AnyCertificate() => new()
    {
        UseTls = true,
        CertificateValidationHandler = args => args.Certificate is not null, // expect: RG0025
    };

    public static MqttClientTlsOptions Verified() => new()
    {
        UseTls = true,
        CertificateValidationHandler = args => args.SslPolicyErrors == SslPolicyErrors.None && args.Certificate is not null,
    };
}
