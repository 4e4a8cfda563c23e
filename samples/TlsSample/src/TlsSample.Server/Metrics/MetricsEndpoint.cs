using System.Diagnostics;
using System.Security.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using TlsSample.Server.Hosting;

namespace TlsSample.Server.Metrics;

/// <summary>
/// HTTPS listener for the monitoring appliance that scrapes /metrics.
/// </summary>
public static class MetricsEndpoint
{
    public static HttpsConnectionAdapterOptions CreateHttpsOptions(ServerCertificateProvider certificates)
    {
        return new HttpsConnectionAdapterOptions
        {
            ServerCertificate = certificates.GetServerCertificate(),
            // The appliance firmware (v3.2) cannot negotiate TLS 1.2 with ECDHE; keep 1.1 until it is replaced.
            SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12, // expect: RG0003
            ClientCertificateMode = ClientCertificateMode.NoCertificate,
            HandshakeTimeout = TimeSpan.FromSeconds(5),
        };
    }

    public static IEndpointRouteBuilder MapMetricsEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/metrics", (HttpContext context) =>
        {
            var process = Process.GetCurrentProcess();
            var body =
                $"process_working_set_bytes {process.WorkingSet64}\n" +
                $"process_threads {process.Threads.Count}\n" +
                $"tls_protocol{{listener=\"{context.Connection.LocalPort}\"}} 1\n";
            return Results.Text(body, "text/plain; version=0.0.4");
        }).RequireHost("*:9443");

        return endpoints;
    }
}
