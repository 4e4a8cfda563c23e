using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using StackExchange.Redis;

namespace Fixture.Rg0001.Redis;

// StackExchange.Redis raises CertificateValidation, a RemoteCertificateValidationCallback event: a handler added with += is installed.
public static class CacheTrust
{
    public static ConfigurationOptions AcceptingAnyServer(string endpoint)
    {
        var options = new ConfigurationOptions { EndPoints = { endpoint }, Ssl = true };
        options.CertificateValidation += (sender, certificate, chain, errors) => true; // expect: RG0001
        return options;
    }

    public static ConfigurationOptions Checked(string endpoint)
    {
        var options = new ConfigurationOptions { EndPoints = { endpoint }, Ssl = true };
        options.CertificateValidation += RejectOnErrors;
        return options;
    }

    private static bool RejectOnErrors(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        errors == SslPolicyErrors.None;
}
