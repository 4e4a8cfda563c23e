using ReviewGen.Changes;

namespace ReviewGen.Tests.Changes;

public sealed class ReviewedSourceTests
{
    [Theory]
    [InlineData("https://user:ghp_secret@github.com/octo/app.git", "https://github.com/octo/app.git")]
    [InlineData("https://x-access-token@github.com/octo/app", "https://github.com/octo/app")]
    [InlineData("https://github.com/octo/app.git", "https://github.com/octo/app.git")]
    [InlineData("git@github.com:octo/app.git", "git@github.com:octo/app.git")]
    public void A_remote_url_loses_its_credentials_before_it_reaches_the_report(string url, string shown)
    {
        Assert.Equal(shown, ReviewedSource.WithoutCredentials(url));
    }
}
