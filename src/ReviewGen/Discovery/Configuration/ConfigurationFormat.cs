namespace ReviewGen.Discovery.Configuration;

public enum ConfigurationFormat
{
    /// <summary><c>appsettings*.json</c>, <c>runtimeconfig.template.json</c>.</summary>
    Json,

    /// <summary><c>app.config</c>, <c>web.config</c> and other <c>*.config</c> files.</summary>
    Xml,

    /// <summary>The project file itself.</summary>
    Project,
}
