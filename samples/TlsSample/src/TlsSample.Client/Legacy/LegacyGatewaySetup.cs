using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace TlsSample.Client.Legacy;

/// <summary>
/// Process-wide settings for the old SOAP gateway (still called through
/// WebRequest/ServicePointManager by the billing adapter).
/// </summary>
public static class LegacyGatewaySetup
{
    private static bool _configured;

    /// <summary>
    /// Called at start-up when <c>Billing:UseLegacyGateway</c> is on.
    /// The gateway appliance only speaks TLS 1.0/1.1 and has an expired certificate.
    /// </summary>
    public static void ConfigureForLegacyGateway()
    {
        if (_configured)
        {
            return;
        }

#pragma warning disable SYSLIB0014, SYSLIB0039
        ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls | SecurityProtocolType.Tls11; // expect: RG0003
        ServicePointManager.CheckCertificateRevocationList = false; // expect: RG0004
        ServicePointManager.ServerCertificateValidationCallback = delegate (object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) // expect: RG0001
        {
            return true;
        };
        ServicePointManager.DefaultConnectionLimit = 16;
#pragma warning restore SYSLIB0014, SYSLIB0039

        _configured = true;
    }

    /// <summary>
    /// Called when the legacy gateway is switched off: back to sane defaults.
    /// </summary>
    public static void ConfigureHardened()
    {
#pragma warning disable SYSLIB0014
        ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault;
        ServicePointManager.CheckCertificateRevocationList = true;
        ServicePointManager.ServerCertificateValidationCallback = null;
#pragma warning restore SYSLIB0014

        _configured = false;
    }
}
