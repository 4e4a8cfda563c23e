using ReviewGen.Loading;

// Stand-in until the CLI stage lands: loads the input and lists what became of each project.
// Registration comes first, before any method that uses MSBuild types is compiled (see MSBuildRegistration).
try
{
    MSBuildRegistration.EnsureRegistered();
}
catch (NothingLoadedException e)
{
    Console.Error.WriteLine(e.Message);
    return 3;
}

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: reviewgen <solution, project or folder>");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    var progress = new Progress<string>(Console.Error.WriteLine);
    using var loaded = await SolutionLoader.LoadAsync(new LoadRequest(args[0], Restore: true), progress, cancellation.Token);
    foreach (var project in loaded.Projects)
    {
        var targets = string.Join(", ", project.Targets.Select(t => t.TargetFramework ?? "-"));
        Console.WriteLine($"{project.Status,-8} {loaded.RelativePath(project.FilePath)} [{targets}] {project.Reason}");
    }

    foreach (var diagnostic in loaded.Diagnostics)
    {
        Console.WriteLine($"{diagnostic.Severity} {diagnostic.Source}: {diagnostic.Message}");
    }

    return 0;
}
catch (InvalidInputException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
catch (NothingLoadedException e)
{
    Console.Error.WriteLine(e.Message);
    return 3;
}
