using System.Security.Cryptography.X509Certificates;
using MQTTnet;

namespace Fixture.Rg0038.Brokers;

public sealed class TelemetryPublisher
{
    public MqttClientOptions Options(string broker) =>
        new MqttClientOptionsBuilder()
            .WithTcpServer(broker, 8883)
            .WithTlsOptions(new MqttClientTlsOptions
            {
                UseTls = true,
                AllowUntrustedCertificates = true, // expect: RG0038
                IgnoreCertificateChainErrors = true, // expect: RG0038
            })
            .Build();

    // The parameter defaults to true: the call without an argument turns the check off as well.
    public MqttClientTlsOptions Relaxed() =>
        new MqttClientTlsOptionsBuilder()
            .UseTls()
            .WithAllowUntrustedCertificates() // expect: RG0038
            .Build();

    // The broker's own CA is the trust anchor: sound.
    public MqttClientTlsOptions Pinned(X509Certificate2Collection brokerCa) =>
        new MqttClientTlsOptionsBuilder()
            .UseTls()
            .WithTrustChain(brokerCa)
            .WithAllowUntrustedCertificates(false)
            .WithIgnoreCertificateChainErrors(false)
            .Build();
}
