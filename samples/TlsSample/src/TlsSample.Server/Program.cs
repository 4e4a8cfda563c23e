using System.Security.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TlsSample.Server.Hosting;
using TlsSample.Server.Ingest;
using TlsSample.Server.Metrics;
using TlsSample.Server.Security;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<ServerCertificateOptions>(builder.Configuration.GetSection("ServerCertificate"));
builder.Services.AddSingleton<ServerCertificateProvider>();
builder.Services.AddSingleton<ClientCertificatePolicy>();
builder.Services.AddHostedService<TlsIngestServer>();

var certificates = new ServerCertificateProvider(
    builder.Configuration.GetSection("ServerCertificate").Get<ServerCertificateOptions>() ?? new ServerCertificateOptions());
var clientCertificatePolicy = new ClientCertificatePolicy(certificates);

builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;

    kestrel.ConfigureHttpsDefaults(https =>
    {
        https.ServerCertificate = certificates.GetServerCertificate();
        https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
        https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
        https.CheckCertificateRevocation = true;
        https.ClientCertificateValidation = clientCertificatePolicy.Validate;
        https.HandshakeTimeout = TimeSpan.FromSeconds(10);
        https.OnAuthenticate = (connection, sslOptions) =>
        {
            sslOptions.AllowRenegotiation = false;
            sslOptions.AllowTlsResume = true;
            if (OperatingSystem.IsLinux())
            {
                sslOptions.CipherSuitesPolicy = TlsPolicies.ModernCipherSuites;
            }
        };
    });

    // Public API.
    kestrel.ListenAnyIP(8443, listen => listen.UseHttps());

    // Scrape endpoint for the monitoring appliance.
    kestrel.ListenAnyIP(9443, listen => listen.UseHttps(MetricsEndpoint.CreateHttpsOptions(certificates)));
});

var app = builder.Build();

app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.MapGet("/whoami", (HttpContext context) =>
{
    var clientCertificate = context.Connection.ClientCertificate;
    return clientCertificate is null
        ? Results.Unauthorized()
        : Results.Ok(new { subject = clientCertificate.Subject, thumbprint = clientCertificate.Thumbprint });
});
app.MapMetricsEndpoint();

app.Run();
