using System.Runtime.Versioning;
using ReviewGen.Publishing.Pdf;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Browser;

[UnsupportedOSPlatform("windows")]
public sealed class ChromiumLocatorTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("reviewgen-locator-");

    [Fact]
    public void An_explicit_path_that_is_no_file_says_how_to_install_one()
    {
        var missing = _folder.File("no-such-browser");

        var error = Assert.Throws<BrowserException>(() => ChromiumLocator.Locate(missing, searchPath: null));

        Assert.Equal($"no browser at {missing}: install it (Debian/Ubuntu: apt-get install chromium) or pass --browser PATH", error.Message);
    }

    [Fact]
    public void An_explicit_path_wins_over_PATH()
    {
        var given = Executable("my-chrome");
        var onPath = Executable("chromium");

        Assert.Equal(given, ChromiumLocator.Locate(given, _folder.Path));
        Assert.Equal(onPath, ChromiumLocator.Locate(null, _folder.Path));
    }

    [Fact]
    public void Nothing_on_PATH_says_which_names_were_tried_and_how_to_install_one()
    {
        var error = Assert.Throws<BrowserException>(() => ChromiumLocator.Locate(null, _folder.Path));

        Assert.Equal(
            "no Chromium found on PATH (chromium, chromium-browser, google-chrome, google-chrome-stable): " +
            "install it (Debian/Ubuntu: apt-get install chromium) or pass --browser PATH",
            error.Message);
    }

    [Fact]
    public void The_first_name_in_preference_order_is_found_in_any_PATH_directory()
    {
        var first = Directory.CreateDirectory(_folder.File("first")).FullName;
        var second = Directory.CreateDirectory(_folder.File("second")).FullName;
        Executable(Path.Combine("first", "google-chrome"));
        var chromium = Executable(Path.Combine("second", "chromium-browser"));

        Assert.Equal(chromium, ChromiumLocator.Locate(null, string.Join(Path.PathSeparator, first, second)));
    }

    [Fact]
    public void A_file_on_PATH_that_cannot_be_run_is_passed_over()
    {
        File.WriteAllText(_folder.File("chromium"), "not a program");
        var chrome = Executable("google-chrome");

        Assert.Equal(chrome, ChromiumLocator.Locate(null, _folder.Path));
    }

    public void Dispose() => _folder.Dispose();

    private string Executable(string relativePath) => ShellScript.Write(_folder.File(relativePath), "exit 0");
}
