using System.Runtime.CompilerServices;

namespace ReviewGen.Tests.Rendering;

/// <summary>
/// Every format of the sample review, compared byte for byte with the files under <c>Golden/</c>. After an intended
/// change, run the tests with <c>REVIEWGEN_UPDATE_GOLDEN=1</c> to rewrite them, and review the diff.
/// </summary>
public sealed class GoldenFileTests
{
    public static TheoryData<string> Formats() => [.. Renderers.Catalog.Formats];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Output_matches_the_golden_file(string format)
    {
        var actual = Renderers.Render(format);
        var golden = Path.Combine(GoldenDirectory(), Renderers.Catalog.Get(format).FileName);

        if (Environment.GetEnvironmentVariable("REVIEWGEN_UPDATE_GOLDEN") == "1")
            File.WriteAllText(golden, actual);

        Assert.True(File.Exists(golden), $"{golden} is missing; run with REVIEWGEN_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    // The source folder, not the build output, so that an update lands where git sees it.
    private static string GoldenDirectory([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Golden");
}
