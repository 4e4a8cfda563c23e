using System.IO;

// The in-memory fixtures compile against BouncyCastle.Cryptography 2.x, which no longer has the old TLS namespace:
// the shape of Portable.BouncyCastle 1.9's blocking protocol, without the package.
namespace Org.BouncyCastle.Security
{
    public class SecureRandom
    {
    }
}

namespace Org.BouncyCastle.Crypto.Tls
{
    public interface TlsClient
    {
    }

    public abstract class TlsProtocol
    {
        protected TlsProtocol(Stream stream, Org.BouncyCastle.Security.SecureRandom secureRandom)
        {
        }

        protected TlsProtocol(Org.BouncyCastle.Security.SecureRandom secureRandom)
        {
        }

        public virtual Stream Stream => Stream.Null;

        public virtual void Close()
        {
        }
    }

    public class TlsClientProtocol : TlsProtocol
    {
        public TlsClientProtocol(Stream stream, Org.BouncyCastle.Security.SecureRandom secureRandom)
            : base(stream, secureRandom)
        {
        }

        public TlsClientProtocol(Org.BouncyCastle.Security.SecureRandom secureRandom)
            : base(secureRandom)
        {
        }

        public virtual void Connect(TlsClient tlsClient)
        {
        }
    }
}
