namespace ReviewGen.Catalog;

/// <summary>The seven sections of a TLS review, in the order the review presents them.</summary>
public enum TlsCategory
{
    InitCleanup = 1,
    Certificates = 2,
    ErrorHandling = 3,
    Sessions = 4,
    CiphersProtocols = 5,
    Psk = 6,
    OcspRevocation = 7,
}
