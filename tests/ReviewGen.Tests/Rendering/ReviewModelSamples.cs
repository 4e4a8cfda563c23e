using ReviewGen.Review;

namespace ReviewGen.Tests.Rendering;

/// <summary>
/// A hand-made review of an invented solution: three findings in two categories, all seven sections, a load problem
/// and a project whose BouncyCastle references did not bind; one finding suppressed in the code and one hidden by a
/// baseline. One excerpt and one justification carry text that would break each format if it were not escaped: a
/// closing tag and a script, a backtick run, a pipe and an @-mention. Its configuration excludes two files (one
/// named with markup), configures rules and a category, and keeps one finding of sample code apart.
/// </summary>
internal static class ReviewModelSamples
{
    public const string HostileCode = "var note = \"</pre><script>alert(1)</script> ``` a|b @someone\";";

    public static ReviewModel Ledger() => new(
        ReviewModel.CurrentSchemaVersion,
        new ToolInfo("ReviewGen", "0.1.0"),
        new SolutionInfo("Ledger", "Ledger.sln"),
        Scope(),
        new Verdict(
            "One critical finding: `LedgerClient.Connect` accepts any server certificate. Fix it first by returning `errors == SslPolicyErrors.None` from the callback.",
            [new("critical", 1), new("high", 0), new("medium", 1), new("low", 1), new("info", 0)],
            3),
        [AcceptAnyCertificate(), SwallowedAuthenticationException(), LegacyProtocol()],
        [
            new SuppressedFinding(CustomCipherPolicy(), SuppressedFinding.InSource, "reviewgen-ignore",
                "Reviewed with the vendor </td><script>alert(1)</script> ``` a|b @someone",
                new SourceLocation("src/Ledger.Client/CipherPolicy.cs", 11, 11)),
            new SuppressedFinding(LegacyProtocol() with
            {
                Id = "S2", Location = new SourceLocation("src/Ledger.Reports/ReportUploader.cs", 12, 12), Fingerprint = "e41b7d2a9c0f3e5b8d1a4c7e0b3f6a92",
            },
                SuppressedFinding.External, "baseline", null, null),
        ],
        new BaselineSummary(2, 1),
        Categories(),
        Rules(),
        [
            "Make `TrustPolicy.Relaxed` check `SslPolicyErrors` (F1).",
            "Log and rethrow `AuthenticationException` in `ReportUploader.Send` (F2).",
            "Let the operating system choose the protocol version (F3).",
        ])
    {
        TestAndSample = new TestAndSampleCode(
            "1 finding (high) in 1 file of test and sample code (4 files and 3 TLS regions reviewed there).",
            4,
            3,
            [AcceptAnyCertificate() with { Id = "T1", Severity = "high", CodeKind = "sample", Location = new SourceLocation("samples/Echo/EchoClient.cs", 18, 21) }]),
    };

    private static ReviewScope Scope() => new(
        [
            new ProjectScope("Ledger.Client", "src/Ledger.Client/Ledger.Client.csproj", ["net8.0", "net10.0"], "loaded", 14, [], null),
            new ProjectScope("Ledger.Psk", "src/Ledger.Psk/Ledger.Psk.csproj", ["net10.0"], "degraded", 3,
                ["Org.BouncyCastle.Tls", "Org.BouncyCastle.Tls.Crypto"], "Reviewed from its sources: restore failed."),
            new ProjectScope("Ledger.Reports", "src/Ledger.Reports/Ledger.Reports.csproj", ["net10.0"], "loaded", 6, [], null),
        ],
        DocumentsReviewed: 23,
        LinesReviewed: 1874,
        TlsDocuments: 4,
        ["init-cleanup", "certificates", "error-handling", "sessions", "ciphers-protocols", "psk", "ocsp-revocation"],
        [new LoadProblem("error", "restore", "Unable to find package BouncyCastle.Cryptography 9.9.9 | source nuget.org", "src/Ledger.Psk/Ledger.Psk.csproj")],
        [
            new ConfigurationFileScope("src/Ledger.Client/Ledger.Client.csproj", "Ledger.Client", "project", 9, null),
            new ConfigurationFileScope("src/Ledger.Client/appsettings.json", "Ledger.Client", "json", 12, null),
            new ConfigurationFileScope("src/Ledger.Reports/web.config", "Ledger.Reports", "xml", 0, "Unexpected end of file has occurred. Line 14, position 3."),
        ])
    {
        Settings = new SettingsSummary(
            "reviewgen.json",
            "separate",
            [new ExcludeSummary("legacy/**", 2)],
            [new RuleOverride("RG0003", "low"), new RuleOverride("RG0008", "off")],
            ["psk"],
            [new EditorConfigOverride("RG0001", "off", 1), new EditorConfigOverride("RG0004", "medium", 2)]),
        Excluded = [new ExcludedFileScope("legacy/</code><b>Old`|`.cs", "exclude", "legacy/**"), new ExcludedFileScope("legacy/Tls10.cs", "exclude", "legacy/**")],
    };

    private static FindingModel AcceptAnyCertificate() => new(
        "F1", "RG0001", "Certificate validation disabled", "critical", "certificates", 295,
        "`TrustPolicy.Relaxed` returns `true` on every path, so any certificate from any server is accepted.",
        "Return `errors == SslPolicyErrors.None`, or build an `X509Chain` against a pinned root.",
        ["https://cwe.mitre.org/data/definitions/295.html"],
        new SourceLocation("src/Ledger.Client/TrustPolicy.cs", 18, 21),
        "Ledger.Client.TrustPolicy.Relaxed",
        "`Ledger.Client.TrustPolicy.Relaxed`",
        ["net8.0", "net10.0"],
        [new RelatedLocation(new SourceLocation("src/Ledger.Client/LedgerClient.cs", 44, 44), "Installed as the validation callback of the SslStream here.")],
        new CodeExcerpt("src/Ledger.Client/TrustPolicy.cs", 17, 22, "csharp",
        [
            Line(17, false, ("    ", "text"), ("// Trust everything while the test server has no certificate.", "comment")),
            Line(18, true, ("    ", "text"), ("public", "keyword"), (" ", "text"), ("static", "keyword"), (" ", "text"), ("bool", "keyword"), (" ", "text"), ("Relaxed", "method name"), ("(", "punctuation"), ("object", "keyword"), (" ", "text"), ("sender", "parameter name"), (",", "punctuation"), (" ", "text"), ("X509Certificate", "class name"), ("?", "operator"), (" ", "text"), ("certificate", "parameter name"), (")", "punctuation")),
            Line(19, true, ("    ", "text"), ("{", "punctuation")),
            Line(20, true, ("        ", "text"), ("return", "keyword - control"), (" ", "text"), ("true", "keyword"), (";", "punctuation")),
            Line(21, true, ("    ", "text"), ("}", "punctuation")),
            Line(22, false),
        ]),
        "4f1c2a9e5b7d0c3e8a6f1b2d9c4e7a05");

    private static FindingModel SwallowedAuthenticationException() => new(
        "F2", "RG0003", "Handshake failure swallowed", "medium", "error-handling", 755,
        "The `catch (AuthenticationException)` in `ReportUploader.Send` discards the exception and sends the report over plain HTTP.",
        "Log the failure and rethrow; never fall back to an unencrypted channel.",
        [],
        new SourceLocation("src/Ledger.Reports/ReportUploader.cs", 31, 31),
        "Ledger.Reports.ReportUploader.Send",
        "`Ledger.Reports.ReportUploader.Send`",
        ["net10.0"],
        [],
        new CodeExcerpt("src/Ledger.Reports/ReportUploader.cs", 29, 33, "csharp",
        [
            Line(29, false, ("        ", "text"), ("catch", "keyword - control"), (" ", "text"), ("(", "punctuation"), ("AuthenticationException", "class name"), (")", "punctuation")),
            Line(30, false, ("        ", "text"), ("{", "punctuation")),
            Line(31, true, ("            ", "text"), (HostileCode, "string")),
            Line(32, false, ("            ", "text"), ("SendPlain", "method name"), ("(", "punctuation"), ("report", "local name"), (")", "punctuation"), (";", "punctuation")),
            Line(33, false, ("        ", "text"), ("}", "punctuation")),
        ]),
        "9b03d7c1e2f4a6b8c0d1e3f5a7b9c2d4");

    private static FindingModel LegacyProtocol() => new(
        "F3", "RG0004", "Legacy protocol version pinned", "low", "ciphers-protocols", 327,
        "`SslProtocols.Tls11` is passed to `AuthenticateAsClientAsync`, which pins a deprecated protocol version.",
        "Pass `SslProtocols.None` so that the operating system chooses.",
        ["https://learn.microsoft.com/dotnet/framework/network-programming/tls"],
        new SourceLocation("src/Ledger.Client/LedgerClient.cs", 52, 52),
        "Ledger.Client.LedgerClient.Connect",
        "`Ledger.Client.LedgerClient.Connect`",
        ["net8.0", "net10.0"],
        [],
        new CodeExcerpt("src/Ledger.Client/LedgerClient.cs", 52, 52, "csharp",
        [
            Line(52, true, ("        ", "text"), ("await", "keyword"), (" ", "text"), ("stream", "local name"), (".", "punctuation"), ("AuthenticateAsClientAsync", "method name"), ("(", "punctuation"), ("host", "parameter name"), (",", "punctuation"), (" ", "text"), ("null", "keyword"), (",", "punctuation"), (" ", "text"), ("SslProtocols", "enum name"), (".", "punctuation"), ("Tls11", "enum member name"), (",", "punctuation"), (" ", "text"), ("false", "keyword"), (")", "punctuation"), (";", "punctuation")),
        ]),
        "77ad0e52c9b1f3e5d7a9c1e3f5b7d9a1");

    private static FindingModel CustomCipherPolicy() => new(
        "S1", "RG0009", "Informational: custom cipher policy", "info", "ciphers-protocols", null,
        "A `CipherSuitesPolicy` is set in `CipherPolicy.Create`.",
        "Review the list.",
        [],
        new SourceLocation("src/Ledger.Client/CipherPolicy.cs", 12, 12),
        "Ledger.Client.CipherPolicy.Create",
        "`Ledger.Client.CipherPolicy.Create`",
        ["net10.0"],
        [],
        new CodeExcerpt("src/Ledger.Client/CipherPolicy.cs", 12, 12, "csharp",
        [
            Line(12, true, ("        ", "text"), ("return", "keyword - control"), (" ", "text"), ("new", "keyword"), (" ", "text"), ("CipherSuitesPolicy", "class name"), ("(", "punctuation"), ("suites", "local name"), (")", "punctuation"), (";", "punctuation")),
        ]),
        "0c5e7a9b1d3f5e7a9c1b3d5f7e9a1c3b");

    private static IReadOnlyList<CategorySection> Categories() =>
    [
        new(1, "init-cleanup", "Initialization and cleanup",
            "One `SslStream` is created, in `LedgerClient.Connect`, inside a `using` declaration, so it is disposed on every path.",
            [Region("src/Ledger.Client/LedgerClient.cs", 40, 52, "Ledger.Client.LedgerClient.Connect", "System.Net.Security.SslStream")],
            [new Observation("`new SslStream(tcp.GetStream(), false, TrustPolicy.Relaxed)` is held by a `using` declaration (line 43).", new SourceLocation("src/Ledger.Client/LedgerClient.cs", 43, 43))],
            [new CheckPassed("RG0010", "no `SslStream` left undisposed")],
            []),
        new(2, "certificates", "Certificate handling and validation",
            "Two validation callbacks are installed; one accepts every certificate.",
            [Region("src/Ledger.Client/TrustPolicy.cs", 18, 21, "Ledger.Client.TrustPolicy.Relaxed", "System.Net.Security.RemoteCertificateValidationCallback")],
            [
                new Observation("`TrustPolicy.Relaxed` returns `true` on every path. **Finding F1.**", new SourceLocation("src/Ledger.Client/TrustPolicy.cs", 18, 21)),
                new Observation("`ReportUploader.Create` accepts a certificate only when `SslPolicyErrors` is `None` (line 16).", new SourceLocation("src/Ledger.Reports/ReportUploader.cs", 12, 19)),
            ],
            [new CheckPassed("RG0002", "no `DangerousAcceptAnyServerCertificateValidator`"), new CheckPassed("RG0005", "no weakened `X509ChainPolicy.VerificationFlags`")],
            ["F1"]),
        new(3, "error-handling", "Error handling",
            "One handler catches `AuthenticationException`; it falls back to plain HTTP.",
            [Region("src/Ledger.Reports/ReportUploader.cs", 29, 33, "Ledger.Reports.ReportUploader.Send", "System.Security.Authentication.AuthenticationException")],
            [new Observation("The handler swallows the exception and calls `SendPlain`. **Finding F2.**", new SourceLocation("src/Ledger.Reports/ReportUploader.cs", 29, 33))],
            [],
            ["F2"]),
        new(4, "sessions", "Session management",
            "No session code: no use of `SslClientAuthenticationOptions.AllowTlsResume` or session caches was found in the 3 projects reviewed.",
            [], [], [], []),
        new(5, "ciphers-protocols", "Cipher suites and protocol versions",
            "One call pins a protocol version.",
            [Region("src/Ledger.Client/LedgerClient.cs", 52, 52, "Ledger.Client.LedgerClient.Connect", "System.Security.Authentication.SslProtocols")],
            [new Observation("`SslProtocols.Tls11` is passed to `AuthenticateAsClientAsync`. **Finding F3.**", new SourceLocation("src/Ledger.Client/LedgerClient.cs", 52, 52))],
            [new CheckPassed("RG0006", "no `CipherSuitesPolicy` that allows NULL or export suites")],
            ["F3"]),
        new(6, "psk", "Pre-shared keys (PSK)",
            "No PSK code was found, but `Ledger.Psk` did not bind `Org.BouncyCastle.Tls`, so its PSK code, if any, could not be checked.",
            [], [], [], []),
        new(7, "ocsp-revocation", "OCSP and revocation",
            "No revocation settings: no `X509RevocationMode` or `CertificateRevocationCheckMode` was found; the defaults apply.",
            [], [], [], []),
    ];

    private static IReadOnlyList<RuleSummary> Rules() =>
    [
        new("RG0001", "Certificate validation disabled", "certificates", "critical", 295,
            "A certificate validation callback that returns `true` regardless of `SslPolicyErrors` accepts any server.",
            "Return `errors == SslPolicyErrors.None`.", ["https://cwe.mitre.org/data/definitions/295.html"]),
        new("RG0003", "Handshake failure swallowed", "error-handling", "medium", 755,
            "A handler that catches `AuthenticationException` and carries on hides attacks and misconfiguration.",
            "Log and rethrow.", []),
        new("RG0004", "Legacy protocol version pinned", "ciphers-protocols", "low", 327,
            "Pinning `Tls` or `Tls11` keeps a deprecated protocol alive.",
            "Pass `SslProtocols.None`.", []),
        new("RG0009", "Informational: custom cipher policy", "ciphers-protocols", "info", null,
            "A `CipherSuitesPolicy` is set.", "Review the list.", []),
    ];

    private static RegionModel Region(string path, int start, int end, string member, string symbol) =>
        new(new SourceLocation(path, start, end), member, [symbol], ["net10.0"]);

    private static ExcerptLine Line(int number, bool flagged, params (string Text, string Classification)[] spans) =>
        new(number, flagged, string.Concat(spans.Select(s => s.Text)), [.. spans.Select(s => new ClassifiedText(s.Text, s.Classification))]);
}
