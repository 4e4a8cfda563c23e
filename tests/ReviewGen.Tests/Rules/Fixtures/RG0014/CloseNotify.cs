using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;

namespace Fixture.Rg0014;

public sealed class SensorClient(TlsCrypto crypto, TlsPskIdentity identity) : PskTlsClient(crypto, identity)
{
    public override bool RequiresCloseNotify() => false; // expect: RG0014
}

public sealed class LegacyServer(TlsCrypto crypto) : DefaultTlsServer(crypto)
{
    public override bool RequiresCloseNotify()
    {
        if (System.Environment.ProcessorCount > 1)
        {
            return false; // expect: RG0014
        }
        return false;
    }
}

public sealed class Default(TlsCrypto crypto, TlsPskIdentity identity) : PskTlsClient(crypto, identity)
{
    public override bool RequiresCloseNotify() => true;
}

public sealed class Delegating(TlsCrypto crypto, TlsPskIdentity identity) : PskTlsClient(crypto, identity)
{
    public override bool RequiresCloseNotify() => base.RequiresCloseNotify();
}
