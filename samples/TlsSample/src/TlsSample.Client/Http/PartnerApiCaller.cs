using System.Net;
using System.Net.Http.Json;
using System.Security.Authentication;
using Microsoft.Extensions.Logging;

namespace TlsSample.Client.Http;

public sealed record PartnerQuote(string Sku, decimal Price, string Currency);

/// <summary>
/// Calls the partner pricing API. TLS failures are treated as fatal: we never
/// fall back to plain HTTP or retry with relaxed validation.
/// </summary>
public sealed class PartnerApiCaller
{
    private readonly HttpClient _http;
    private readonly ILogger<PartnerApiCaller> _logger;

    public PartnerApiCaller(HttpClient http, ILogger<PartnerApiCaller> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task<PartnerQuote?> GetQuoteAsync(string sku, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync($"quotes/{Uri.EscapeDataString(sku)}", cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<PartnerQuote>(cancellationToken);
        }
        catch (HttpRequestException ex) when (ex.InnerException is AuthenticationException tlsError)
        {
            _logger.LogCritical(tlsError, "TLS failure talking to partner API {BaseAddress}; refusing to continue", _http.BaseAddress);
            throw;
        }
        catch (HttpRequestException ex)
        {
            _logger.LogError(ex, "Partner API request for {Sku} failed with {Status}", sku, ex.StatusCode);
            throw;
        }
    }
}
