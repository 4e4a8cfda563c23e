using System.Diagnostics;
using System.Globalization;

namespace BenchTool;

/// <summary>
/// Runs one command and records its wall time and the peak memory of its whole process tree: every ~100 ms the
/// resident set sizes (VmRSS, from /proc/PID/statm) of the process and of every process that was ever seen below it
/// (MSBuild nodes, the BuildHost, the compiler server, even once reparented) are summed; the peak is the largest sum.
/// Shared pages (the runtime's files) are counted once per process, so the sum overstates the memory in use a little.
/// </summary>
internal static class Measurement
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private static readonly long PageSize = Environment.SystemPageSize;

    public static int Run(string results, string size, string tool, int run, string log, string[] command)
    {
        // exec through sh so the measured root is the command itself, with its output in the log.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var arg in (string[])["-c", "exec \"$@\" >\"$0\" 2>&1", log, .. command])
        {
            start.ArgumentList.Add(arg);
        }

        var tree = new HashSet<int>();
        long peak = 0;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        tree.Add(process.Id);
        while (!process.WaitForExit(Interval))
        {
            peak = Math.Max(peak, Sample(tree));
        }

        var wall = clock.Elapsed.TotalSeconds;
        var line = string.Create(CultureInfo.InvariantCulture, $"{size}\t{tool}\t{run}\t{wall:F3}\t{peak}\t{process.ExitCode}\t{tree.Count}\n");
        File.AppendAllText(results, line);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {size} {tool} run {run}: {wall,8:F2} s  peak {peak / 1048576.0,8:F0} MiB  exit {process.ExitCode}  processes {tree.Count}"));
        return 0;
    }

    /// <summary>Adds the processes now below the tree to it and returns the summed RSS of the living ones.</summary>
    private static long Sample(HashSet<int> tree)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && Parent(pid) is { } parent)
            {
                parents[pid] = parent;
            }
        }

        bool added;
        do
        {
            added = false;
            foreach (var (pid, parent) in parents)
            {
                if (tree.Contains(parent) && tree.Add(pid))
                {
                    added = true;
                }
            }
        }
        while (added);

        long total = 0;
        foreach (var pid in tree)
        {
            if (parents.ContainsKey(pid))
            {
                total += Resident(pid);
            }
        }

        return total;
    }

    private static int? Parent(int pid)
    {
        try
        {
            // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null; // exited meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Resident(int pid)
    {
        try
        {
            var statm = File.ReadAllText($"/proc/{pid}/statm").Split(' ');
            return long.Parse(statm[1], CultureInfo.InvariantCulture) * PageSize;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
