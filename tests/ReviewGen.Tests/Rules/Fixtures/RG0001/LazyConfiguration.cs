using System.IO;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0001;

public sealed class LazyConfiguration
{
    private RemoteCertificateValidationCallback? _serverCallback;

    /// <summary>Defaults to accepting everything unless the caller sets one.</summary>
    public RemoteCertificateValidationCallback ServerCallback
    {
        get
        {
            if (_serverCallback == null)
            {
                _serverCallback = AcceptAll;
            }
            return _serverCallback;
        }
        set => _serverCallback = value;
    }

    private static bool AcceptAll(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => true;
}

public static class LazyConfigurationUser
{
    public static SslStream Open(Stream inner, LazyConfiguration configuration) =>
        new SslStream(inner, false, configuration.ServerCallback); // expect: RG0001
}
