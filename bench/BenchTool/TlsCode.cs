using System.Globalization;

namespace BenchTool;

/// <summary>One file of TLS code per category, each with defects both ReviewGen and the .NET analyzers look for.</summary>
internal static class TlsCode
{
    public enum Category { Certificates, CiphersProtocols, OcspRevocation, InitCleanup, ErrorHandling, Sessions, Psk }

    public static string File(string project, int f, Category category) =>
        string.Create(CultureInfo.InvariantCulture, $$"""
            using System.Net;
            using System.Net.Http;
            using System.Net.Security;
            using System.Net.Sockets;
            using System.Security.Authentication;
            using System.Security.Cryptography.X509Certificates;
            {{(category == Category.Psk ? "using Org.BouncyCastle.Security;\nusing Org.BouncyCastle.Tls;\nusing Org.BouncyCastle.Tls.Crypto.Impl.BC;\n" : "")}}
            namespace {{project}};

            public static class Tls{{f:D3}}
            {
            {{Body(category, f)}}
            }

            """);

    private static string Body(Category category, int f) => category switch
    {
        // CA5359; ReviewGen: callbacks accepting any certificate.
        Category.Certificates => """
                public static HttpClient Create()
                {
                    var handler = new HttpClientHandler();
                    handler.ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true;
                    return new HttpClient(handler);
                }

                public static SslStream Wrap(Stream inner) =>
                    new SslStream(inner, false, (sender, certificate, chain, errors) => true);
            """,
        // CA5397, CA5364; ReviewGen: TLS 1.1 pinned.
        Category.CiphersProtocols => """
                public static SslClientAuthenticationOptions Options(string host) => new()
                {
                    TargetHost = host,
                    EnabledSslProtocols = SslProtocols.Tls11,
                };

            #pragma warning disable SYSLIB0014
                public static void Legacy() => ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls11;
            #pragma warning restore SYSLIB0014
            """,
        // CA5399; ReviewGen: revocation not checked.
        Category.OcspRevocation => """
                public static X509Chain Chain()
                {
                    var chain = new X509Chain();
                    chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                    return chain;
                }

                public static HttpClient Client() => new HttpClient(new HttpClientHandler { CheckCertificateRevocationList = false });
            """,
        // ReviewGen: an SslStream and its TcpClient never released.
        Category.InitCleanup => """
                public static async Task<int> Probe(string host)
                {
                    var tcp = new TcpClient(host, 443);
                    var ssl = new SslStream(tcp.GetStream());
                    await ssl.AuthenticateAsClientAsync(host);
                    return ssl.ReadByte();
                }
            """,
        // ReviewGen: a failed handshake swallowed, the stream used anyway.
        Category.ErrorHandling => """
                public static void Send(SslStream ssl, string host, byte[] payload)
                {
                    try
                    {
                        ssl.AuthenticateAsClient(host);
                    }
                    catch (AuthenticationException)
                    {
                    }

                    ssl.Write(payload);
                }
            """,
        // ReviewGen: renegotiation allowed.
        Category.Sessions => """
                public static SslServerAuthenticationOptions Options(X509Certificate2 certificate) => new()
                {
                    ServerCertificate = certificate,
                    AllowRenegotiation = true,
                };
            """,
        // ReviewGen: a PSK written in the code (BouncyCastle.Cryptography 2.7.0).
        Category.Psk => string.Create(CultureInfo.InvariantCulture, $$"""
                public static PskTlsClient Client() =>
                    new PskTlsClient(new BcTlsCrypto(new SecureRandom()),
                        new BasicTlsPskIdentity("device-{{f:D3}}", System.Text.Encoding.UTF8.GetBytes("factory-default-key")));
            """),
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };
}
