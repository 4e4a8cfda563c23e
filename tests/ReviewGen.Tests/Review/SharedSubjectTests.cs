using ReviewGen.Review;

namespace ReviewGen.Tests.Review;

public sealed class SharedSubjectTests
{
    private const string Subject = "The validation callback `Pin` (`Pins.cs` lines 4–9), assigned to `SslClientAuthenticationOptions.RemoteCertificateValidationCallback`, ";

    [Fact]
    public void Two_judgements_of_one_callback_become_one_sentence()
    {
        var joined = SharedSubject.Join(Subject + "can reject a certificate: it returns `false` at line 6.", Subject + "checks the certificate itself: it compares the certificate's `RawData` at line 8.");

        Assert.Equal(Subject + "can reject a certificate: it returns `false` at line 6, and checks the certificate itself: it compares the certificate's `RawData` at line 8.", joined);
    }

    [Fact]
    public void Judgements_of_different_subjects_stay_apart()
    {
        Assert.Null(SharedSubject.Join("`SslOption.Version` is given `SslProtocols.None`: no deprecated protocol version.", "`SslOption.Version` is given `SslProtocols.Tls12`: no deprecated protocol version."));
        Assert.Null(SharedSubject.Join("The setting is off.", "The setting is on."));
    }

    [Fact]
    public void The_subject_never_ends_inside_a_code_span()
    {
        Assert.Null(SharedSubject.Join("`Options.Build(first, second, third)` and more is given `true`.", "`Options.Build(first, second, third)` and more is given `false`."));
        var joined = SharedSubject.Join("``Odd `quoted, name`` and its partner, one way of reading it.", "``Odd `quoted, name`` and its partner, another way.");
        Assert.Equal("``Odd `quoted, name`` and its partner, one way of reading it, and another way.", joined);
    }
}
