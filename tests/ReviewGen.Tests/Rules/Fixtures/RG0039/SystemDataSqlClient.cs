#pragma warning disable CS0618
using System.Data.SqlClient;

namespace Fixture.Rg0039.Classic;

public static class BillingDatabase
{
    public static string Insecure(string server) => new SqlConnectionStringBuilder { DataSource = server, Encrypt = false }.ConnectionString; // expect: RG0039

    public static string Secure(string server) => new SqlConnectionStringBuilder { DataSource = server, Encrypt = true }.ConnectionString;
}
