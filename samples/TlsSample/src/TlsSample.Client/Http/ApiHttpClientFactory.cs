using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using TlsSample.Client.Security;

namespace TlsSample.Client.Http;

public enum ApiEnvironment
{
    Production,
    Staging,
    LocalDevelopment,
}

/// <summary>
/// Builds the <see cref="HttpClient"/> instances used to talk to the partner APIs.
/// </summary>
public sealed class ApiHttpClientFactory
{
    private static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(5);

    private readonly ILogger<ApiHttpClientFactory> _logger;
    private readonly PinnedCertificateValidator _paymentPins;

    public ApiHttpClientFactory(ILogger<ApiHttpClientFactory> logger, PinnedCertificateValidator paymentPins)
    {
        _logger = logger;
        _paymentPins = paymentPins;
    }

    /// <summary>Default client: platform validation, TLS 1.2+, online revocation checks.</summary>
    public HttpClient CreateDefault(Uri baseAddress)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = ConnectionLifetime,
            AutomaticDecompression = DecompressionMethods.All,
            SslOptions = new SslClientAuthenticationOptions
            {
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                CertificateRevocationCheckMode = X509RevocationMode.Online,
                AllowRenegotiation = false,
            },
        };

        return new HttpClient(handler, disposeHandler: true) { BaseAddress = baseAddress };
    }

    /// <summary>Payment provider: chain validation plus thumbprint pinning.</summary>
    public HttpClient CreatePaymentClient(Uri baseAddress, X509Certificate2 clientCertificate)
    {
        var handler = new HttpClientHandler
        {
            ClientCertificateOptions = ClientCertificateOption.Manual,
            SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            CheckCertificateRevocationList = true,
        };
        handler.ClientCertificates.Add(clientCertificate);
        handler.ServerCertificateCustomValidationCallback = (request, certificate, chain, errors) =>
        {
            var ok = _paymentPins.Validate(certificate, chain, errors);
            if (!ok)
            {
                _logger.LogError("Pin validation failed for {Uri}: {Errors}", request.RequestUri, errors);
            }

            return ok;
        };

        return new HttpClient(handler, disposeHandler: true) { BaseAddress = baseAddress };
    }

    /// <summary>Partner APIs, per environment.</summary>
    public HttpClient CreatePartnerClient(Uri baseAddress, ApiEnvironment environment)
    {
        var handler = new HttpClientHandler
        {
            SslProtocols = SslProtocols.None, // let the OS pick
            CheckCertificateRevocationList = true,
        };

        switch (environment)
        {
            case ApiEnvironment.Production:
                break;

            case ApiEnvironment.Staging:
                // Staging uses the internal CA which isn't in the container trust store yet.
                handler.ServerCertificateCustomValidationCallback = (request, certificate, chain, errors) => // expect: RG0001
                {
                    if (errors != SslPolicyErrors.None)
                    {
                        _logger.LogWarning("Staging certificate for {Host} has {Errors}", request.RequestUri?.Host, errors);
                    }

                    return true;
                };
                break;

            case ApiEnvironment.LocalDevelopment:
                handler.ServerCertificateCustomValidationCallback =
                    HttpClientHandler.DangerousAcceptAnyServerCertificateValidator; // expect: RG0002
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(environment), environment, null);
        }

        return new HttpClient(handler, disposeHandler: true)
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }
}
