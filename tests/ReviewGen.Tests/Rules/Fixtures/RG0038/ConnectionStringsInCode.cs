using Microsoft.Data.SqlClient;
using Npgsql;

namespace Fixture.Rg0038.ConnectionStrings;

public static class ReportingDatabase
{
    private const string Reporting = "Server=reports.internal;Database=reports;Encrypt=True;TrustServerCertificate=True";

    public static SqlConnection Open() => new(Reporting); // expect: RG0038

    public static NpgsqlDataSource Audit() =>
        NpgsqlDataSource.Create("Host=pg.internal;Database=audit;SSL Mode=Require"); // expect: RG0038

    public static SqlConnection Legacy()
    {
        var connection = new SqlConnection();
        connection.ConnectionString = "Data Source=legacy;Trust Server Certificate=yes"; // expect: RG0038
        return connection;
    }

    // Sound: the certificate is verified.
    public static SqlConnection Verified() => new("Server=reports.internal;Encrypt=Strict;TrustServerCertificate=False");

    public static NpgsqlDataSource Full() => NpgsqlDataSource.Create("Host=pg.internal;SSL Mode=VerifyFull");

    // Not judged: the string comes from configuration at run time.
    public static SqlConnection FromEnvironment() => new(System.Environment.GetEnvironmentVariable("REPORTS_DB"));
}
