using ReviewGen.Discovery.Configuration;

namespace ReviewGen.Rules;

/// <summary>One way of matching configuration files: by data, like <see cref="IRuleCheck"/> for code.</summary>
public interface IConfigurationCheck
{
    bool AppliesTo(RuleDefinition rule);

    void Run(RuleDefinition rule, ConfigurationFile file, ConfigurationOutput output);
}
