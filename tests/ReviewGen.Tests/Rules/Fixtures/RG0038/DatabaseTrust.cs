using Microsoft.Data.SqlClient;
using MySqlConnector;
using Npgsql;

namespace Fixture.Rg0038.Databases;

public static class OrdersDatabase
{
    // A developer box with a self-signed SQL Server certificate: the shortcut ships to production.
    public static SqlConnection Open(string server) =>
        new(new SqlConnectionStringBuilder
        {
            DataSource = server,
            InitialCatalog = "Orders",
            Encrypt = SqlConnectionEncryptOption.Mandatory,
            TrustServerCertificate = true, // expect: RG0038
        }.ConnectionString);

    // Verified against the CA named in the connection: sound.
    public static SqlConnection OpenVerified(string server) =>
        new(new SqlConnectionStringBuilder
        {
            DataSource = server,
            Encrypt = SqlConnectionEncryptOption.Strict,
            HostNameInCertificate = server,
            TrustServerCertificate = false,
        }.ConnectionString);
}

public sealed class LedgerStore
{
    private readonly NpgsqlConnectionStringBuilder _builder = new() { Host = "ledger.db.internal", Database = "ledger" };

    public LedgerStore(bool production)
    {
        // Require encrypts, but Npgsql 8+ checks neither chain nor host name under it.
        _builder.SslMode = production ? SslMode.Require : SslMode.VerifyFull; // expect: RG0038
    }

    public NpgsqlConnection Connect() => new(_builder.ConnectionString);
}

public static class InventoryDatabase
{
    public static MySqlConnection Open(string host) => new(new MySqlConnectionStringBuilder
    {
        Server = host,
        Database = "inventory",
        SslMode = MySqlSslMode.Required, // expect: RG0038
    }.ConnectionString);

    public static MySqlConnection OpenVerified(string host, string caFile) => new(new MySqlConnectionStringBuilder
    {
        Server = host,
        SslMode = MySqlSslMode.VerifyFull,
        SslCa = caFile,
    }.ConnectionString);

    // Reading the mode back to log it is no setting.
    public static bool IsVerified(MySqlConnectionStringBuilder builder) => builder.SslMode == MySqlSslMode.Required;
}
