namespace Fixture.Rg0029;

public sealed partial class LegacyStreamingSession
{
    public void Disconnect() => _control?.Close();
}
