namespace ReviewGen.Tests.Browser;

public static class BrowserAssert
{
    /// <summary>Lists every problem, where Assert.Empty would show the first few cut short.</summary>
    public static void None(IReadOnlyList<string> problems) =>
        Assert.True(problems.Count == 0, $"{problems.Count} found:\n{string.Join('\n', problems)}");
}
