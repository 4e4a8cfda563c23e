// The old BouncyCastle TLS API (Portable.BouncyCastle 1.x, namespace Org.BouncyCastle.Crypto.Tls), which the
// BouncyCastle.Cryptography 2.x package the fixtures reference no longer has: the shapes its users derive from.
namespace Org.BouncyCastle.Crypto.Tls
{
    public sealed class ProtocolVersion
    {
        public static readonly ProtocolVersion SSLv3 = new();
        public static readonly ProtocolVersion TLSv10 = new();
        public static readonly ProtocolVersion TLSv11 = new();
        public static readonly ProtocolVersion TLSv12 = new();
        public static readonly ProtocolVersion DTLSv10 = new();
        public static readonly ProtocolVersion DTLSv12 = new();
    }

    public static class CipherSuite
    {
        public const int TLS_PSK_WITH_AES_128_CBC_SHA = 0x008C;
        public const int TLS_RSA_WITH_AES_128_CBC_SHA = 0x002F;
        public const int TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256 = 0xC037;
        public const int TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 = 0xC02F;
    }

    public interface TlsPskIdentity
    {
        byte[] GetPsk();
    }

    public interface TlsPskIdentityManager
    {
        byte[] GetPsk(byte[] identity);
    }

    public abstract class AbstractTlsPeer
    {
    }

    public abstract class AbstractTlsClient : AbstractTlsPeer
    {
        public virtual ProtocolVersion ClientVersion => ProtocolVersion.TLSv12;

        public virtual ProtocolVersion MinimumVersion => ProtocolVersion.TLSv10;

        public abstract int[] GetCipherSuites();
    }

    public abstract class AbstractTlsServer : AbstractTlsPeer
    {
        protected virtual ProtocolVersion MaximumVersion => ProtocolVersion.TLSv11;

        protected virtual ProtocolVersion MinimumVersion => ProtocolVersion.TLSv10;

        protected abstract int[] GetCipherSuites();
    }

    public class PskTlsClient(TlsPskIdentity identity) : AbstractTlsClient
    {
        public TlsPskIdentity Identity { get; } = identity;

        public override int[] GetCipherSuites() => [CipherSuite.TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256];
    }

    public class PskTlsServer(TlsPskIdentityManager manager) : AbstractTlsServer
    {
        public TlsPskIdentityManager Manager { get; } = manager;

        protected override int[] GetCipherSuites() => [CipherSuite.TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256];
    }

    public abstract class DefaultTlsClient : AbstractTlsClient
    {
        public override int[] GetCipherSuites() => [CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256];
    }
}
