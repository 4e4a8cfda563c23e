namespace ReviewGen.Tests.Browser;

/// <summary>
/// Where browser tests keep their screenshots and PDFs for a person to look at: beside the test binaries, one folder
/// per test, emptied at the start of its run and never deleted afterwards.
/// </summary>
public static class BrowserOutput
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "browser-output");

    public static string FreshFolder(string name)
    {
        var folder = Path.Combine(Root, name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        return Directory.CreateDirectory(folder).FullName;
    }
}
