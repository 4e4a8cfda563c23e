namespace ReviewGen.Catalog;

/// <summary>
/// The one table of categories: machine names are what SARIF, JSON and the command line use; headings are what a
/// reader sees. Nothing else in the tool spells these strings.
/// </summary>
public sealed record CategoryInfo(TlsCategory Category, int Number, string MachineName, string Heading)
{
    public static IReadOnlyList<CategoryInfo> All { get; } =
    [
        new(TlsCategory.InitCleanup, 1, "init-cleanup", "Initialization and cleanup"),
        new(TlsCategory.Certificates, 2, "certificates", "Certificate handling and validation"),
        new(TlsCategory.ErrorHandling, 3, "error-handling", "Error handling"),
        new(TlsCategory.Sessions, 4, "sessions", "Session management"),
        new(TlsCategory.CiphersProtocols, 5, "ciphers-protocols", "Cipher suites and protocol versions"),
        new(TlsCategory.Psk, 6, "psk", "Pre-shared keys (PSK)"),
        new(TlsCategory.OcspRevocation, 7, "ocsp-revocation", "OCSP and revocation"),
    ];

    public static IReadOnlyList<string> MachineNames { get; } = All.Select(c => c.MachineName).ToArray();

    public static CategoryInfo Of(TlsCategory category) => All[(int)category - 1];

    public static bool TryParse(string machineName, out TlsCategory category)
    {
        var match = All.FirstOrDefault(c => string.Equals(c.MachineName, machineName, StringComparison.Ordinal));
        category = match?.Category ?? default;
        return match is not null;
    }
}
