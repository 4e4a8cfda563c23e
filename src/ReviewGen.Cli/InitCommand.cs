using System.CommandLine;
using System.Reflection;
using ReviewGen.Settings;

namespace ReviewGen.Cli;

/// <summary>
/// <c>reviewgen init [folder] [--force]</c>: writes a commented starter <c>reviewgen.json</c>, every key at its
/// default, so a repository can be tuned without first looking the format up. An existing file is the user's and is
/// replaced only with --force.
/// </summary>
public static class InitCommand
{
    private static readonly string[] SolutionExtensions = [".sln", ".slnx", ".csproj"];

    private static readonly Argument<string> FolderArgument = new("folder")
    {
        Description = "The solution's folder, or a .sln, .slnx or .csproj file in it (default: the current folder).",
        DefaultValueFactory = _ => ".",
    };

    private static readonly Option<bool> ForceOption = new("--force") { Description = $"Overwrite an existing {ReviewSettingsFile.FileName}." };

    /// <summary>
    /// The starter file, embedded in the tool rather than shipped beside it: the command must work from any install,
    /// and rules/ holds what the catalog and editors read, which this text is not.
    /// </summary>
    public static string StarterText { get; } = ReadStarterText();

    public static Command Create()
    {
        var command = new Command("init", $"Write a commented starter {ReviewSettingsFile.FileName} with every key at its default.")
        {
            FolderArgument, ForceOption,
        };
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parse)
    {
        var target = Path.Combine(Folder(parse.GetValue(FolderArgument)!), ReviewSettingsFile.FileName);
        new OutputWriter(parse.GetValue(ForceOption)).EnsureWritable([target]);
        OutputWriter.WriteAtomically(target, StarterText);
        Console.Out.WriteLine($"Wrote {Path.GetFullPath(target)}: every key at its default, with comments.");
        return ExitCodes.Success;
    }

    private static string Folder(string path)
    {
        if (Directory.Exists(path))
        {
            return path;
        }
        if (File.Exists(path))
        {
            return SolutionExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
                ? Path.GetDirectoryName(Path.GetFullPath(path))!
                : throw new UsageException($"{path} is not a folder, nor a .sln, .slnx or .csproj file");
        }
        throw new UsageException($"{path}: no such folder");
    }

    private static string ReadStarterText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReviewGen.Cli.StarterSettings.jsonc")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
