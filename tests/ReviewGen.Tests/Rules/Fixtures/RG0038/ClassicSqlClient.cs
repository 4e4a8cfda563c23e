#pragma warning disable CS0618
using System.Data.SqlClient;

namespace Fixture.Rg0038.Classic;

// The options object is kept and changed later: each assignment is judged where it is written.
public sealed class AuditLogDatabase
{
    private readonly SqlConnectionStringBuilder _builder = new() { InitialCatalog = "Audit", Encrypt = true };

    public string ForServer(string server, bool selfSignedLab)
    {
        _builder.DataSource = server;
        if (selfSignedLab)
        {
            _builder.TrustServerCertificate = true; // expect: RG0038
        }
        return _builder.ConnectionString;
    }

    public string Verified(string server)
    {
        _builder.DataSource = server;
        _builder.TrustServerCertificate = false;
        return _builder.ConnectionString;
    }
}
