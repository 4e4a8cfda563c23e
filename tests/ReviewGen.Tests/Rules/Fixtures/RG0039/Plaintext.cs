using Microsoft.Data.SqlClient;
using MySqlConnector;
using Npgsql;

namespace Fixture.Rg0039.Plaintext;

public static class ReportingConnections
{
    public static SqlConnection Warehouse(string server) => new(new SqlConnectionStringBuilder
    {
        DataSource = server,
        Encrypt = SqlConnectionEncryptOption.Optional, // expect: RG0039
    }.ConnectionString);

    public static SqlConnection Legacy(string server)
    {
        var builder = new SqlConnectionStringBuilder { DataSource = server };
        builder.Encrypt = false; // expect: RG0039
        return new SqlConnection(builder.ConnectionString);
    }

    public static SqlConnection Strict(string server) => new(new SqlConnectionStringBuilder
    {
        DataSource = server,
        Encrypt = SqlConnectionEncryptOption.Strict,
    }.ConnectionString);

    public static SqlConnection Mandatory(string server) => new(new SqlConnectionStringBuilder { DataSource = server, Encrypt = true }.ConnectionString);
}

public static class AnalyticsConnections
{
    public static NpgsqlDataSource Events(string host) => new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder
    {
        Host = host,
        SslMode = SslMode.Prefer, // expect: RG0039
    }.ConnectionString).Build();

    public static NpgsqlDataSource Verified(string host) => new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder
    {
        Host = host,
        SslMode = SslMode.VerifyFull,
        RootCertificate = "/etc/ssl/analytics-ca.pem",
    }.ConnectionString).Build();

    // Only compared, to warn about it: no setting.
    public static bool MayFallBack(NpgsqlConnectionStringBuilder builder) => builder.SslMode is SslMode.Allow or SslMode.Prefer;
}

public sealed class CatalogDatabase
{
    private readonly MySqlConnectionStringBuilder _builder = new() { Database = "catalog" };

    public string ConnectionString(string host)
    {
        _builder.Server = host;
        _builder.SslMode = MySqlSslMode.Preferred; // expect: RG0039
        return _builder.ConnectionString;
    }
}
