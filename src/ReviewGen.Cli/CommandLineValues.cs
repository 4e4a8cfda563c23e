using System.CommandLine;

namespace ReviewGen.Cli;

/// <summary>Option values restricted to a list or a range, with a one-line error that says what is valid.</summary>
public static class CommandLineValues
{
    public static void AcceptOnly(Option<string> option, IReadOnlyList<string> valid) =>
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !valid.Contains(value))
            {
                result.AddError(Message(option, value, valid));
            }
        });

    public static void AcceptOnly(Option<string[]> option, IReadOnlyList<string> valid) =>
        option.Validators.Add(result =>
        {
            var bad = result.GetValueOrDefault<string[]>()?.FirstOrDefault(v => !valid.Contains(v));
            if (bad is not null)
            {
                result.AddError(Message(option, bad, valid));
            }
        });

    public static void AtLeastOne(Option<int> option) =>
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < 1)
            {
                result.AddError($"{option.Name}: '{value}' is not valid; use a whole number of 1 or more");
            }
        });

    private static string Message(Option option, string value, IReadOnlyList<string> valid) =>
        $"{option.Name}: '{value}' is not valid; use one of: {string.Join(", ", valid)}";
}
