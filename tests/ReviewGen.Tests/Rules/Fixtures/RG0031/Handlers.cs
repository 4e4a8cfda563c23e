using System;
using System.IO;
using System.Net.Security;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;

namespace Fixture.Rg0031;

public sealed class LabelPrinterLink(Action<string> log)
{
    // Flawed: the failure is logged and the job is sent anyway.
    public async Task PrintAsync(SslStream ssl, string host, byte[] job, CancellationToken cancellationToken)
    {
        try
        {
            await ssl.AuthenticateAsClientAsync(host);
        }
        catch (AuthenticationException ex) // expect: RG0031
        {
            log($"printer {host}: {ex.Message}");
        }
        await ssl.WriteAsync(job, cancellationToken);
    }

    // Flawed: an empty catch-all, and the reply is read through a reader wrapped around the stream.
    public string ReadStatus(SslStream ssl, string host)
    {
        try
        {
            ssl.AuthenticateAsClient(host);
        }
        catch // expect: RG0031
        {
        }
        using var reader = new StreamReader(ssl);
        return reader.ReadLine() ?? "";
    }

    // Flawed: a flag is set but nobody looks at it before the write.
    public async Task<bool> PushAsync(SslStream ssl, string host, byte[] data)
    {
        var secure = true;
        try
        {
            await ssl.AuthenticateAsClientAsync(host);
        }
        catch (IOException) // expect: RG0031
        {
            secure = false;
        }
        await ssl.WriteAsync(data);
        return secure;
    }

    // Sound: logs and rethrows.
    public async Task PrintOrThrowAsync(SslStream ssl, string host, byte[] job)
    {
        try
        {
            await ssl.AuthenticateAsClientAsync(host);
        }
        catch (AuthenticationException ex)
        {
            log($"printer {host}: {ex.Message}");
            throw;
        }
        await ssl.WriteAsync(job);
    }

    // Sound: disposes the stream and returns.
    public async Task<bool> TryPrintAsync(SslStream ssl, string host, byte[] job)
    {
        try
        {
            await ssl.AuthenticateAsClientAsync(host);
        }
        catch (AuthenticationException)
        {
            await ssl.DisposeAsync();
            return false;
        }
        await ssl.WriteAsync(job);
        return true;
    }

    // Sound: the flag the handler sets is tested before the stream is used.
    public async Task<bool> PushCheckedAsync(SslStream ssl, string host, byte[] data)
    {
        var failed = false;
        try
        {
            await ssl.AuthenticateAsClientAsync(host);
        }
        catch (AuthenticationException)
        {
            failed = true;
        }
        if (failed)
        {
            return false;
        }
        await ssl.WriteAsync(data);
        return true;
    }

    // Sound: only cancellation is caught, and it is rethrown as a timeout.
    public async Task PrintWithTimeoutAsync(SslStream ssl, string host, byte[] job, CancellationToken cancellationToken)
    {
        try
        {
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = host }, cancellationToken);
        }
        catch (OperationCanceledException ex)
        {
            throw new TimeoutException($"handshake with {host} timed out", ex);
        }
        await ssl.WriteAsync(job, cancellationToken);
    }

    // Sound: each failed attempt moves on to the next printer; nothing is sent over a failed stream.
    public async Task PrintToFirstAsync(SslStream[] printers, string host, byte[] job)
    {
        foreach (var ssl in printers)
        {
            try
            {
                await ssl.AuthenticateAsClientAsync(host);
            }
            catch (AuthenticationException)
            {
                continue;
            }
            await ssl.WriteAsync(job);
            return;
        }
    }
}
