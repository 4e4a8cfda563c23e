using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace TlsSample.Server.Hosting;

public sealed class ServerCertificateOptions
{
    /// <summary>Path to a PFX file. When empty the certificate is looked up in the machine store.</summary>
    public string? PfxPath { get; set; }

    public string? PfxPassword { get; set; }

    /// <summary>Thumbprint used for the store lookup.</summary>
    public string? Thumbprint { get; set; }

    /// <summary>PEM bundle with the intermediates to send in the handshake.</summary>
    public string? IntermediatesPemPath { get; set; }

    /// <summary>PEM bundle with the CA that issues client certificates.</summary>
    public string? ClientCaPemPath { get; set; }
}

/// <summary>
/// Loads the server certificate (from a PFX file or the certificate store) and the
/// intermediates, and builds an <see cref="SslStreamCertificateContext"/> for SslStream servers.
/// </summary>
public sealed class ServerCertificateProvider : IDisposable
{
    private readonly ServerCertificateOptions _options;
    private readonly Lazy<X509Certificate2> _certificate;
    private readonly Lazy<X509Certificate2Collection> _intermediates;
    private readonly Lazy<X509Certificate2Collection> _clientCa;

    public ServerCertificateProvider(ServerCertificateOptions options)
    {
        _options = options;
        _certificate = new Lazy<X509Certificate2>(Load);
        _intermediates = new Lazy<X509Certificate2Collection>(() => LoadPemBundle(_options.IntermediatesPemPath));
        _clientCa = new Lazy<X509Certificate2Collection>(() => LoadPemBundle(_options.ClientCaPemPath));
    }

    public ServerCertificateProvider(Microsoft.Extensions.Options.IOptions<ServerCertificateOptions> options)
        : this(options.Value)
    {
    }

    public X509Certificate2 GetServerCertificate() => _certificate.Value;

    public X509Certificate2Collection ClientCertificateAuthorities => _clientCa.Value;

    /// <summary>
    /// Context with the full chain; OCSP responses are fetched in the background
    /// (offline: false) so the handshake can staple them.
    /// </summary>
    public SslStreamCertificateContext CreateCertificateContext()
        => SslStreamCertificateContext.Create(_certificate.Value, _intermediates.Value, offline: false);

    /// <summary>
    /// For air-gapped sites: build the chain from local data only.
    /// </summary>
    public SslStreamCertificateContext CreateOfflineCertificateContext()
        => SslStreamCertificateContext.Create(_certificate.Value, _intermediates.Value, offline: true);

    private X509Certificate2 Load()
    {
        if (!string.IsNullOrEmpty(_options.PfxPath))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(
                _options.PfxPath,
                _options.PfxPassword,
                X509KeyStorageFlags.EphemeralKeySet);
        }

        if (string.IsNullOrEmpty(_options.Thumbprint))
        {
            throw new InvalidOperationException("Either ServerCertificate:PfxPath or ServerCertificate:Thumbprint must be set.");
        }

        using var store = new X509Store(StoreName.My, StoreLocation.LocalMachine);
        store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
        var matches = store.Certificates.Find(X509FindType.FindByThumbprint, _options.Thumbprint, validOnly: true);
        if (matches.Count == 0)
        {
            throw new InvalidOperationException($"No valid certificate with thumbprint {_options.Thumbprint} in LocalMachine/My.");
        }

        return matches[0];
    }

    private static X509Certificate2Collection LoadPemBundle(string? path)
    {
        var collection = new X509Certificate2Collection();
        if (!string.IsNullOrEmpty(path) && File.Exists(path))
        {
            collection.ImportFromPemFile(path);
        }

        return collection;
    }

    public void Dispose()
    {
        if (_certificate.IsValueCreated)
        {
            _certificate.Value.Dispose();
        }
    }
}
