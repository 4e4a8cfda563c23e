using ReviewGen.Discovery.Configuration;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Data check: a connection string of a configuration file whose keyword holds a listed value
/// (<c>TrustServerCertificate=True</c>, <c>SSL Mode=Prefer</c>); the keyword with another value is sound. A string the
/// provider's parser rejects is not judged. Placeholders: {target}, {value}.
/// </summary>
public sealed class ConnectionStringCheck : IConfigurationCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.ConnectionStrings.Count > 0;

    public void Run(RuleDefinition rule, ConfigurationFile file, ConfigurationOutput output)
    {
        foreach (var connection in ConnectionString.In(file))
        {
            foreach (var match in rule.Match.ConnectionStrings)
            {
                foreach (var (keyword, value, isDefect) in match.Judge(connection.Text))
                {
                    var values = new Dictionary<string, string>
                    {
                        ["target"] = $"{MarkdownInline.Code(keyword)} in the connection string {MarkdownInline.Code(connection.Name)} of {MarkdownInline.Code(file.FileName)}",
                        ["value"] = MarkdownInline.Code(value),
                    };
                    if (isDefect)
                    {
                        output.Finding(connection.Setting, values, $"ConnectionStrings:{connection.Name}");
                    }
                    else
                    {
                        output.Sound(connection.Setting, values);
                    }
                }
            }
        }
    }
}
