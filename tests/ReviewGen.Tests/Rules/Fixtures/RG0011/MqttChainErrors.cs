using System.Net.Security;
using MQTTnet;

namespace Fixture.Rg0011.Mqtt;

// MQTTnet hands the errors over as args.SslPolicyErrors: the handler is judged as a RemoteCertificateValidationCallback is.
public static class PlantFloorBroker
{
    // Masks the chain errors away: a self-signed broker certificate, or an attacker's, passes.
    public static MqttClientTlsOptions SelfSigned() => new()
    {
        UseTls = true,
        CertificateValidationHandler = args => (args.SslPolicyErrors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None, // expect: RG0011
    };

    public static MqttClientTlsOptions Lenient() => new MqttClientTlsOptionsBuilder()
        .UseTls()
        .WithCertificateValidationHandler(AcceptUntrustedRoot) // expect: RG0011
        .Build();

    private static bool AcceptUntrustedRoot(MqttClientCertificateValidationEventArgs args)
    {
        if (args.SslPolicyErrors == SslPolicyErrors.None)
        {
            return true;
        }
        return args.SslPolicyErrors == SslPolicyErrors.RemoteCertificateChainErrors;
    }

    public static MqttClientTlsOptions Strict() => new()
    {
        UseTls = true,
        CertificateValidationHandler = args => args.SslPolicyErrors == SslPolicyErrors.None,
    };

    // Rejects unless the name matches, and checks the chain against the plant's own root: no chain error accepted blindly.
    public static MqttClientTlsOptions NameChecked() => new MqttClientTlsOptionsBuilder()
        .UseTls()
        .WithCertificateValidationHandler(args => !args.SslPolicyErrors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) && args.SslPolicyErrors == SslPolicyErrors.None)
        .Build();
}
