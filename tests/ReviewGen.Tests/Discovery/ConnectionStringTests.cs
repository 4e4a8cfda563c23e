using Microsoft.CodeAnalysis.Text;
using ReviewGen.Discovery.Configuration;

namespace ReviewGen.Tests.Discovery;

/// <summary>Connection strings are found where configuration keeps them and read as their providers read them.</summary>
public sealed class ConnectionStringTests
{
    [Fact]
    public void Json_connection_strings_are_found_by_name_and_parsed_with_quotes()
    {
        const string Json = """
            {
              "ConnectionStrings": {
                "Orders": "Server=db;Database=orders;Trust Server Certificate=True;Password=\"a;b\"",
                "Cache": "redis.internal:6380,ssl=false,abortConnect=false"
              },
              "Other": { "ConnectionStrings": "not one" }
            }
            """;
        var file = new ConfigurationFile("Api/appsettings.json", "Api", ConfigurationFormat.Json, SourceText.From(Json), JsonSettingsReader.Read(Json), null);

        var found = ConnectionString.In(file).ToArray();

        Assert.Equal(["Orders", "Cache"], found.Select(c => c.Name));
        Assert.Equal(3, found[0].Setting.Line);
        Assert.Contains(("Trust Server Certificate", "True"), found[0].Keywords(';'));
        Assert.Contains(("Password", "a;b"), found[0].Keywords(';'));
        Assert.Contains(("ssl", "false"), found[1].Keywords(','));
        Assert.True(ConnectionString.SameKeyword("TrustServerCertificate", "trust server certificate"));
    }

    [Fact]
    public void Config_file_connection_strings_take_the_name_of_their_element()
    {
        const string Xml = """
            <configuration>
              <connectionStrings>
                <add name="Ledger" providerName="System.Data.SqlClient"
                     connectionString="Data Source=ledger;Encrypt=False" />
              </connectionStrings>
            </configuration>
            """;
        var file = new ConfigurationFile("Web/web.config", "Web", ConfigurationFormat.Xml, SourceText.From(Xml), XmlSettingsReader.Read(Xml), null);

        var ledger = Assert.Single(ConnectionString.In(file));

        Assert.Equal(("Ledger", 4), (ledger.Name, ledger.Setting.Line));
        Assert.Contains(ledger.Keywords(';'), k => k.Keyword.Equals("Encrypt", StringComparison.OrdinalIgnoreCase) && k.Value == "False");
    }

    [Fact]
    public void A_string_the_parser_rejects_has_no_keywords() =>
        Assert.Empty(new ConnectionString("Bad", "Server=db;Password='unclosed", new ConfigurationSetting("ConnectionStrings:Bad", "", 1, 1)).Keywords(';'));
}
