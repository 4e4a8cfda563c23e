using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Tls;

namespace TlsSample.Psk;

/// <summary>
/// Keeps the per-gateway pre-shared keys. Used client-side to build identities,
/// and by the test gateway (<see cref="TlsPskIdentityManager"/>) to look keys up.
/// </summary>
public sealed class GatewayKeyStore : TlsPskIdentityManager
{
    private const int MinimumKeyLength = 32;

    private readonly ConcurrentDictionary<string, byte[]> _keys = new(StringComparer.Ordinal);
    private readonly byte[] _hint;

    public GatewayKeyStore(string hint)
    {
        _hint = Encoding.UTF8.GetBytes(hint);
    }

    public void Provision(string identity, byte[] key)
    {
        if (key.Length < MinimumKeyLength)
        {
            throw new ArgumentException($"PSK for {identity} must be at least {MinimumKeyLength} bytes.", nameof(key));
        }

        _keys[identity] = (byte[])key.Clone();
    }

    public static byte[] GenerateKey() => RandomNumberGenerator.GetBytes(MinimumKeyLength);

    public TlsPskIdentity CreateIdentity(string identity)
    {
        if (!_keys.TryGetValue(identity, out var key))
        {
            throw new KeyNotFoundException($"No PSK provisioned for {identity}.");
        }

        return new BasicTlsPskIdentity(identity, key);
    }

    public byte[] GetHint() => _hint;

    public byte[]? GetPsk(byte[] identity)
    {
        var name = Encoding.UTF8.GetString(identity);
        return _keys.TryGetValue(name, out var key) ? key : null;
    }
}
