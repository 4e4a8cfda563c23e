using ReviewGen.Cli;

namespace ReviewGen.Tests.Cli;

public sealed class StandardErrorProgressTests
{
    private const string Erase = "\u001b[K";

    [Fact]
    public void Steps_of_one_count_rewrite_their_line_and_a_new_label_starts_a_new_one()
    {
        var output = new StringWriter();
        using (var progress = new StandardErrorProgress(output))
        {
            progress.Report("Restoring Ledger.sln");
            progress.Report("Loading projects (1 of 2): src/A.csproj");
            progress.Report("Loading projects (2 of 2): src/B.csproj");
            progress.Report("Analyzing documents (1 of 1)");
            progress.Report("Rendering");
        }

        Assert.Equal(
            $"Restoring Ledger.sln{Erase}\nLoading projects (1 of 2): src/A.csproj{Erase}\rLoading projects (2 of 2): src/B.csproj{Erase}"
            + $"\nAnalyzing documents (1 of 1){Erase}\nRendering{Erase}\n",
            output.ToString());
    }

    [Fact]
    public void Disposing_without_a_report_writes_nothing()
    {
        var output = new StringWriter();

        new StandardErrorProgress(output).Dispose();

        Assert.Equal("", output.ToString());
    }
}
