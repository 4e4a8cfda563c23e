using Microsoft.Data.SqlClient;
using MySqlConnector;

namespace Fixture.Rg0039.ConnectionStrings;

public static class Inventory
{
    public static SqlConnection Open(string server = "inventory.internal") =>
        new() { ConnectionString = "Server=" + "inventory.internal" + ";Encrypt=False" }; // expect: RG0039

    public static MySqlConnection Shop() => new("Server=shop.internal;SslMode=Preferred"); // expect: RG0039

    // Sound: encryption required.
    public static MySqlConnection Strict() => new("Server=shop.internal;SslMode=VerifyFull");

    public static SqlConnection Mandatory() => new("Server=inventory.internal;Encrypt=Mandatory");
}
