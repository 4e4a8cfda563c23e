using System;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

#pragma warning disable SYSLIB0039

namespace Fixture.Rg0004;

/// <summary>The Begin/End handshakes of the APM pattern take the same argument as the others.</summary>
public sealed class AsyncPattern(X509Certificate2 certificate)
{
    public IAsyncResult AcceptSession(SslStream stream, AsyncCallback done) =>
        stream.BeginAuthenticateAsServer(certificate, true, SslProtocols.Tls12, false, done, null); // expect: RG0004

    public IAsyncResult Connect(SslStream stream, string host, AsyncCallback done) =>
        stream.BeginAuthenticateAsClient(host, null, SslProtocols.None, checkCertificateRevocation: false, done, null); // expect: RG0004

    public IAsyncResult AcceptChecked(SslStream stream, AsyncCallback done) =>
        stream.BeginAuthenticateAsServer(certificate, true, SslProtocols.None, true, done, null);

    public IAsyncResult ConnectChecked(SslStream stream, string host, AsyncCallback done) =>
        stream.BeginAuthenticateAsClient(host, null, SslProtocols.None, true, done, null);
}
