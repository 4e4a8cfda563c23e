using System.Collections.Generic;
using System.Text;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Utilities;

namespace Fixture.Rg0022;

public sealed class SharedKeyIdentityManager(byte[] sharedKey) : TlsPskIdentityManager
{
    public byte[]? GetHint() => null;

    public byte[] GetPsk(byte[] identity) => sharedKey; // expect: RG0022
}

public sealed class RotatingKeyIdentityManager(KeyRing ring) : TlsPskIdentityManager
{
    public byte[]? GetHint() => Encoding.UTF8.GetBytes("plant-7");

    byte[] TlsPskIdentityManager.GetPsk(byte[] clientIdentity) // expect: RG0022
    {
        System.Console.WriteLine("PSK requested");
        return ring.Current;
    }
}

public sealed class KeyRing(byte[] current)
{
    public byte[] Current { get; } = current;
}

public sealed class PerDeviceIdentityManager(IReadOnlyDictionary<string, byte[]> keys) : TlsPskIdentityManager
{
    public byte[]? GetHint() => null;

    public byte[]? GetPsk(byte[] identity) => keys.TryGetValue(Encoding.UTF8.GetString(identity), out var key) ? key : null;
}

public sealed class SingleDeviceIdentityManager(byte[] expectedIdentity, byte[] key) : TlsPskIdentityManager
{
    public byte[]? GetHint() => null;

    public byte[]? GetPsk(byte[] identity)
    {
        if (!Arrays.FixedTimeEquals(identity, expectedIdentity))
        {
            return null;
        }
        return key;
    }
}

/// <summary>PSK turned off: every identity is refused.</summary>
public sealed class DisabledIdentityManager : TlsPskIdentityManager
{
    public byte[]? GetHint() => null;

    public byte[]? GetPsk(byte[] identity) => null;
}
