using ReviewGen.Discovery.Configuration;

namespace ReviewGen.Tests.Discovery;

/// <summary>Configuration files are read with a real parser for their format, and every value keeps its line.</summary>
public sealed class ConfigurationReaderTests
{
    [Fact]
    public void Json_values_are_keyed_as_configuration_keys_them_with_their_lines()
    {
        const string Json = """
            {
              // Kestrel endpoints
              "Kestrel": {
                "Endpoints": {
                  "Https": {
                    "Url": "https://*:5001",
                    "SslProtocols": [ "Tls11",
                                      "Tls12" ],
                    "Certificate": { "Path": "cert.pfx", "Password": "hunter2" },
                  }
                }
              },
              "Retries": 3,
              "Strict": false
            }
            """;

        var settings = JsonSettingsReader.Read(Json);

        Assert.Equal(
            [
                ("Kestrel:Endpoints:Https:Url", "https://*:5001", 6),
                ("Kestrel:Endpoints:Https:SslProtocols:0", "Tls11", 7),
                ("Kestrel:Endpoints:Https:SslProtocols:1", "Tls12", 8),
                ("Kestrel:Endpoints:Https:Certificate:Path", "cert.pfx", 9),
                ("Kestrel:Endpoints:Https:Certificate:Password", "hunter2", 9),
                ("Retries", "3", 13),
                ("Strict", "false", 14),
            ],
            settings.Select(s => (s.Key, s.Value, s.Line)));
    }

    [Fact]
    public void Json_arrays_of_objects_are_keyed_by_index()
    {
        var settings = JsonSettingsReader.Read("""{ "a": [ { "b": 1 }, { "b": 2 } ], "c": [ [ "x" ] ] }""");

        Assert.Equal(["a:0:b", "a:1:b", "c:0:0"], settings.Select(s => s.Key));
    }

    [Fact]
    public void Xml_attributes_and_element_text_are_keyed_by_their_element_path()
    {
        const string Xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <runtime>
                <AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=true" />
              </runtime>
              <system.net>
                <settings>
                  <servicePointManager checkCertificateRevocationList="false"
                                       encryptionPolicy="RequireEncryption" />
                </settings>
              </system.net>
            </configuration>
            """;

        var settings = XmlSettingsReader.Read(Xml);

        Assert.Equal(
            [
                ("configuration/runtime/AppContextSwitchOverrides/@value", "Switch.System.Net.DontEnableSchUseStrongCrypto=true", 4),
                ("configuration/system.net/settings/servicePointManager/@checkCertificateRevocationList", "false", 8),
                ("configuration/system.net/settings/servicePointManager/@encryptionPolicy", "RequireEncryption", 9),
            ],
            settings.Select(s => (s.Key, s.Value, s.Line)));
        Assert.Equal(settings[1].Element, settings[2].Element);
    }

    [Fact]
    public void A_project_file_with_a_namespace_reads_like_one_without()
    {
        const string Project = """
            <Project Sdk="Microsoft.NET.Sdk" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <RuntimeHostConfigurationOption Include="System.Net.Security.NoRevocationCheckByDefault" Value="true" />
              </ItemGroup>
            </Project>
            """;

        var settings = XmlSettingsReader.Read(Project);

        Assert.Contains(settings, s => s is { Key: "Project/PropertyGroup/TargetFramework", Value: "net10.0", Line: 3 });
        Assert.Contains(settings, s => s is { Key: "Project/ItemGroup/RuntimeHostConfigurationOption/@Value", Value: "true", Line: 6 });
    }
}
