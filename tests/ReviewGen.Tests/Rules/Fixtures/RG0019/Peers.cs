using System.Linq;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using Org.BouncyCastle.Utilities;

namespace Fixture.Rg0019;

public sealed class CompatibleMeterClient(TlsCrypto crypto) : DefaultTlsClient(crypto)
{
    protected override int[] GetSupportedCipherSuites() => TlsUtilities.GetSupportedCipherSuites(Crypto, SuiteLists.Compatible); // expect: RG0019

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}

public sealed class ExportingServer(TlsCrypto crypto) : DefaultTlsServer(crypto)
{
    protected override int[] GetSupportedCipherSuites()
    {
        int[] suites = [CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384];
        return Arrays.Append(suites, CipherSuite.TLS_RSA_EXPORT_WITH_RC4_40_MD5); // expect: RG0019
    }
}

/// <summary>A list that grows from itself: followed once, not forever.</summary>
public sealed class GrowingServer(TlsCrypto crypto, bool legacyPeers) : DefaultTlsServer(crypto)
{
    protected override int[] GetSupportedCipherSuites()
    {
        int[] suites = [CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256];
        if (legacyPeers)
        {
            suites = Arrays.Append(suites, CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA);
        }
        return suites; // expect: RG0019
    }
}

public sealed class FallbackClient(TlsCrypto crypto, bool legacyPeer) : DefaultTlsClient(crypto)
{
    private readonly int[] _current = { CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 };

    protected override int[] GetSupportedCipherSuites()
    {
        if (legacyPeer)
        {
            return new[] { CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA, CipherSuite.TLS_ECDH_anon_WITH_AES_128_CBC_SHA }; // expect: RG0019
        }
        return _current;
    }

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}

public sealed class ModernClient(TlsCrypto crypto) : DefaultTlsClient(crypto)
{
    protected override int[] GetSupportedCipherSuites() => SuiteLists.Modern;

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}

/// <summary>Names a weak suite only to take it out of the defaults.</summary>
public sealed class PruningServer(TlsCrypto crypto) : DefaultTlsServer(crypto)
{
    protected override int[] GetSupportedCipherSuites() =>
        base.GetSupportedCipherSuites().Where(suite => suite != CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA).ToArray();
}

/// <summary>Refuses a weak suite the server picked: a comparison, not an offer.</summary>
public sealed class WatchfulClient(TlsCrypto crypto) : DefaultTlsClient(crypto)
{
    public override void NotifySelectedCipherSuite(int selectedCipherSuite)
    {
        if (selectedCipherSuite == CipherSuite.TLS_RSA_WITH_RC4_128_SHA)
        {
            throw new TlsFatalAlert(AlertDescription.insufficient_security);
        }
        base.NotifySelectedCipherSuite(selectedCipherSuite);
    }

    public override TlsAuthentication GetAuthentication() => throw new TlsFatalAlert(AlertDescription.internal_error);
}

public static class LegacySuites
{
    /// <summary>Not a hook: a list for a compatibility report.</summary>
    public static int[] GetSupportedCipherSuites() => [CipherSuite.TLS_RSA_WITH_DES_CBC_SHA];
}

/// <summary>Overrides the public hook instead of GetSupportedCipherSuites: what it returns is offered all the same.</summary>
public sealed class DirectListServer(TlsCrypto crypto) : DefaultTlsServer(crypto)
{
    public override int[] GetCipherSuites() => [CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_DH_anon_WITH_AES_256_CBC_SHA256]; // expect: RG0019
}
