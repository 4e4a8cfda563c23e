using Org.BouncyCastle.Tls;

namespace Fixture.Rg0020;

internal static class VersionPolicy
{
    public static readonly ProtocolVersion[] Compatible = ProtocolVersion.TLSv13.DownTo(ProtocolVersion.TLSv11);

    public static ProtocolVersion[] Current => ProtocolVersion.TLSv13.DownTo(ProtocolVersion.TLSv12);
}
