using BenchTool;

// generate <projects>x<files> <dir>       writes the synthetic solution <dir>/Bench.sln
// measure <results.tsv> <size> <tool> <run> <log> -- <command> [args...]
//                                         runs the command, appends wall time and peak tree memory to results.tsv
// report <results.tsv>                    prints medians, ratios and issue 5's targets as Markdown
return args switch
{
    ["generate", var size, var dir] => Generator.Run(Size.Parse(size), dir),
    ["measure", var results, var size, var tool, var run, var log, "--", .. var command] when command.Length > 0 =>
        Measurement.Run(results, size, tool, int.Parse(run, System.Globalization.CultureInfo.InvariantCulture), log, command),
    ["report", var results] => Report.Run(results),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: BenchTool generate PxF <dir> | measure <results.tsv> <size> <tool> <run> <log> -- <command...> | report <results.tsv>");
    return 2;
}
