using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BenchTool;

/// <summary>
/// Writes a synthetic solution: project 0 is a shared library every other project references; each file is plain C#
/// that uses the previous file's type and the shared library, and in the projects that hold TLS code (all, unless the
/// size names fewer) one file in <see cref="TlsEvery"/> holds the TLS code of one category, the categories taken in
/// turn so every size has each of them several times.
/// </summary>
internal static class Generator
{
    /// <summary>One file in twenty (5 %) holds TLS code.</summary>
    public const int TlsEvery = 20;

    public static int Run(Size size, string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        Directory.CreateDirectory(dir);
        // Stops MSBuild's upward search, so nothing around the output folder (a repository's props) changes the build.
        Write(dir, "Directory.Build.props", "<Project />\n");
        Write(dir, "Directory.Build.targets", "<Project />\n");
        Write(dir, ".editorconfig", EditorConfig);

        var projectPaths = new List<string>();
        var tlsFiles = 0;
        for (var p = 0; p < size.Projects; p++)
        {
            var name = ProjectName(p);
            var usesBouncyCastle = false;
            for (var f = 0; f < size.Files; f++)
            {
                var category = TlsCategory(size, p, f);
                var text = category is { } c ? TlsCode.File(name, f, c) : PlainFile(name, p, f, PreviousPlain(size, p, f));
                usesBouncyCastle |= category == TlsCode.Category.Psk;
                tlsFiles += category is null ? 0 : 1;
                Write(Path.Combine(dir, name), $"File{f:D3}.cs", text);
            }

            Write(Path.Combine(dir, name), name + ".csproj", Project(p, usesBouncyCastle));
            projectPaths.Add(Path.Combine(name, name + ".csproj"));
        }

        Dotnet(dir, ["new", "sln", "--format", "sln", "--name", "Bench"]);
        Dotnet(dir, ["sln", "Bench.sln", "add", "--in-root", .. projectPaths]);
        Console.WriteLine($"{Path.Combine(dir, "Bench.sln")}: {size.Projects} projects, {size.Projects * size.Files} files, {tlsFiles} with TLS code");
        return 0;
    }

    /// <summary>The nearest earlier file of the project that holds a plain service, so each service uses another.</summary>
    private static int? PreviousPlain(Size size, int p, int f)
    {
        for (var previous = f - 1; previous >= 0; previous--)
        {
            if (TlsCategory(size, p, previous) is null)
            {
                return previous;
            }
        }

        return null;
    }

    private static TlsCode.Category? TlsCategory(Size size, int p, int f)
    {
        var globalIndex = p * size.Files + f;
        return size.HoldsTls(p) && globalIndex % TlsEvery == TlsEvery / 2
            ? (TlsCode.Category)(globalIndex / TlsEvery % Enum.GetValues<TlsCode.Category>().Length)
            : null;
    }

    private static string ProjectName(int p) => string.Create(CultureInfo.InvariantCulture, $"Bench.P{p:D3}");

    /// <summary>The .NET TLS analyzers of issue 5, off by default, raised to warnings for the build being compared.</summary>
    private const string EditorConfig = """
        root = true

        [*.cs]
        dotnet_diagnostic.CA5359.severity = warning
        dotnet_diagnostic.CA5364.severity = warning
        dotnet_diagnostic.CA5397.severity = warning
        dotnet_diagnostic.CA5399.severity = warning
        dotnet_diagnostic.CA5400.severity = warning

        """;

    private static string Project(int p, bool usesBouncyCastle)
    {
        var text = new StringBuilder();
        text.Append("""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>

            """);
        if (p > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                  <ItemGroup>
                    <ProjectReference Include="..\{ProjectName(0)}\{ProjectName(0)}.csproj" />
                  </ItemGroup>

                """);
        }

        if (usesBouncyCastle)
        {
            text.Append("""
                  <ItemGroup>
                    <PackageReference Include="BouncyCastle.Cryptography" Version="2.7.0" />
                  </ItemGroup>

                """);
        }

        text.Append("</Project>\n");
        return text.ToString();
    }

    private static string PlainFile(string project, int p, int f, int? previousFile)
    {
        var previous = previousFile is { } pf ? $"    private readonly Service{pf:D3} _previous = new();\n" : "";
        var usePrevious = previousFile is null ? "0" : "_previous.Total(items)";
        var shared = p == 0 ? "" : $"        total += Bench.P000.Service000.Weight(items.Count);\n";
        return string.Create(CultureInfo.InvariantCulture, $$"""
            using System.Text;

            namespace {{project}};

            public sealed record Item{{f:D3}}(int Id, string Name, decimal Price, DateOnly Added);

            public enum Kind{{f:D3}} { None, Small, Medium, Large }

            public sealed class Service{{f:D3}}
            {
            {{previous}}    private readonly Dictionary<int, Item{{f:D3}}> _cache = new();

                public static int Weight(int count) => count switch
                {
                    0 => 0,
                    < 10 => 1,
                    < 100 => 2,
                    _ => 3,
                };

                public IReadOnlyList<Item{{f:D3}}> Expensive(IEnumerable<Item{{f:D3}}> items, decimal threshold) =>
                    items.Where(i => i.Price > threshold).OrderByDescending(i => i.Price).ThenBy(i => i.Name).ToList();

                public Kind{{f:D3}} Classify(Item{{f:D3}} item) => item.Price switch
                {
                    <= 0m => Kind{{f:D3}}.None,
                    < 10m => Kind{{f:D3}}.Small,
                    < 100m => Kind{{f:D3}}.Medium,
                    _ => Kind{{f:D3}}.Large,
                };

                public decimal Total(IReadOnlyCollection<int> items)
                {
                    decimal total = {{usePrevious}};
            {{shared}}        foreach (var id in items)
                    {
                        if (_cache.TryGetValue(id, out var item))
                        {
                            total += item.Price;
                        }
                    }

                    return total;
                }

                public string Describe(IEnumerable<Item{{f:D3}}> items)
                {
                    var text = new StringBuilder();
                    foreach (var group in items.GroupBy(Classify).OrderBy(g => g.Key))
                    {
                        text.Append(group.Key).Append(": ").AppendJoin(", ", group.Select(i => i.Name)).AppendLine();
                    }

                    return text.ToString();
                }

                public async Task<int> CountAsync(IAsyncEnumerable<Item{{f:D3}}> items, CancellationToken ct)
                {
                    var count = 0;
                    await foreach (var item in items.WithCancellation(ct))
                    {
                        _cache[item.Id] = item;
                        count++;
                    }

                    return count;
                }
            }

            """);
    }

    private static void Write(string dir, string name, string text)
    {
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name), text.ReplaceLineEndings("\n"));
    }

    private static void Dotnet(string dir, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}");
        }
    }
}
