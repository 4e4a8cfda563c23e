using System;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

// The in-memory fixtures compile against the runtime only: the shape of Kestrel's HTTPS options, without ASP.NET Core.
namespace Microsoft.AspNetCore.Server.Kestrel.Https
{
    public enum ClientCertificateMode
    {
        NoCertificate,
        AllowCertificate,
        RequireCertificate,
        DelayCertificate,
    }

    public class HttpsConnectionAdapterOptions
    {
        public ClientCertificateMode ClientCertificateMode { get; set; }

        public Func<X509Certificate2, X509Chain?, SslPolicyErrors, bool>? ClientCertificateValidation { get; set; }

        public X509Certificate2? ServerCertificate { get; set; }

        public void AllowAnyClientCertificate()
        {
        }
    }

    public sealed class KestrelServerOptions
    {
        public void ConfigureHttpsDefaults(Action<HttpsConnectionAdapterOptions> configure) => configure(new HttpsConnectionAdapterOptions());
    }
}
