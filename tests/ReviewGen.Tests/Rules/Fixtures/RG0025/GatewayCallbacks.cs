using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0025;

public static class GatewayCallbacks
{
    public static bool SenderKnown(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => sender is not null;
}
