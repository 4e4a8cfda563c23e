using System.Globalization;
using System.Text;

namespace BenchTool;

/// <summary>Medians per size and tool, the ratios b/a and b/c, and issue 5's targets with PASS or FAIL.</summary>
internal static class Report
{
    private const string Open = "a-open", Review = "b-reviewgen", Build = "c-build";
    private const long TwoGiB = 2L << 30;

    public static int Run(string results)
    {
        // Numbers in the report are written as the results file holds them, whatever the machine's culture.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var rows = File.ReadAllLines(results)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(f => (Size: f[0], Tool: f[1], Wall: double.Parse(f[3], CultureInfo.InvariantCulture),
                Peak: long.Parse(f[4], CultureInfo.InvariantCulture), Exit: int.Parse(f[5], CultureInfo.InvariantCulture)))
            .ToList();
        var text = new StringBuilder();
        text.AppendLine("| size | tool | runs | wall (s), median | wall (s), each run | peak tree RSS (MiB), median | exit codes |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        var sizes = rows.Select(r => r.Size).Distinct().OrderBy(s => Size.Parse(s).Projects * Size.Parse(s).Files).ToList();
        foreach (var size in sizes)
        {
            foreach (var tool in new[] { Open, Review, Build })
            {
                var runs = rows.Where(r => r.Size == size && r.Tool == tool).ToList();
                if (runs.Count == 0)
                {
                    continue;
                }

                text.AppendLine(($"| {size} | {tool} | {runs.Count} | {Median(runs.Select(r => r.Wall)):F2} | "
                    + $"{string.Join(", ", runs.Select(r => r.Wall.ToString("F2", CultureInfo.InvariantCulture)))} | "
                    + $"{Median(runs.Select(r => (double)r.Peak)) / 1048576:F0} | {string.Join(",", runs.Select(r => r.Exit).Distinct())} |"));
            }
        }

        text.AppendLine();
        text.AppendLine("| size | b/a (target <= 1.5) | b/c (target <= 0.15) | peak of b (target < 2 GiB at 200x50) |");
        text.AppendLine("|---|---|---|---|");
        foreach (var size in sizes)
        {
            double? Wall(string tool) => rows.Any(r => r.Size == size && r.Tool == tool)
                ? Median(rows.Where(r => r.Size == size && r.Tool == tool).Select(r => r.Wall)) : null;
            var peak = rows.Any(r => r.Size == size && r.Tool == Review)
                ? Median(rows.Where(r => r.Size == size && r.Tool == Review).Select(r => (double)r.Peak)) : (double?)null;
            text.AppendLine(($"| {size} | {Ratio(Wall(Review), Wall(Open), 1.5)} | {Ratio(Wall(Review), Wall(Build), 0.15)} | "
                + $"{(peak is { } p ? $"{p / 1048576:F0} MiB {(size == "200x50" ? (p < TwoGiB ? "PASS" : "FAIL") : "(target applies to 200x50)")}" : "not measured")} |"));
        }

        Console.Write(text.ToString());
        return 0;
    }

    private static string Ratio(double? b, double? other, double target) =>
        b is { } x && other is { } y ? ($"{x / y:F3} {(x / y <= target ? "PASS" : "FAIL")}") : "not measured";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

}
