using System.Net.Security;
using MQTTnet;

namespace Fixture.Rg0001.Mqtt;

// MQTTnet's CertificateValidationHandler receives the errors as a property of its single argument.
public static class SensorGateway
{
    public static MqttClientTlsOptions Trusting() => new()
    {
        UseTls = true,
        CertificateValidationHandler = _ => true, // expect: RG0001
    };

    public static MqttClientTlsOptions Checked() => new MqttClientTlsOptionsBuilder()
        .UseTls()
        .WithCertificateValidationHandler(args => args.SslPolicyErrors == SslPolicyErrors.None)
        .Build();
}
