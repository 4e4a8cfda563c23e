using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace Fixture.Rg0032;

public sealed class StatusClient(HttpClient http, Action<string> log)
{
    // Flawed: HTTPS fails, so the same status is fetched over plain HTTP.
    public async Task<string> StatusAsync(string host)
    {
        try
        {
            return await http.GetStringAsync($"https://{host}/status");
        }
        catch (HttpRequestException ex)
        {
            log($"https://{host} failed: {ex.Message}; see http://wiki.internal/tls for help");
            return await http.GetStringAsync($"http://{host}/status"); // expect: RG0032
        }
    }

    // Flawed: the second attempt accepts any certificate.
    public async Task<string> StatusTrustingAsync(Uri status)
    {
        try
        {
            return await http.GetStringAsync(status);
        }
        catch (HttpRequestException)
        {
            using var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator, // expect: RG0002, RG0032
            };
            using var lenient = new HttpClient(handler);
            return await lenient.GetStringAsync(status);
        }
    }

    // Sound: the error mentions a plain address in a log line only, and the failure is rethrown.
    public async Task<string> StatusOrThrowAsync(Uri status)
    {
        try
        {
            return await http.GetStringAsync(status);
        }
        catch (HttpRequestException ex)
        {
            log("TLS to the status page failed; the runbook is at http://wiki.internal/tls");
            throw new InvalidOperationException($"status page {status} unreachable", ex);
        }
    }

    // Sound: the retry goes through the office proxy, which is addressed over HTTP and tunnels the TLS connection.
    public async Task<string> StatusViaProxyAsync(Uri status)
    {
        try
        {
            return await http.GetStringAsync(status);
        }
        catch (HttpRequestException)
        {
            using var handler = new HttpClientHandler { Proxy = new WebProxy(new Uri("http://proxy.office.internal:3128")), UseProxy = true };
            using var proxied = new HttpClient(handler);
            return await proxied.GetStringAsync(status);
        }
    }
}
