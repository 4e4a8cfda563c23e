namespace ReviewGen.Catalog;

/// <summary>
/// What a file is written for. Test and sample code is insecure on purpose often enough (a test server that accepts
/// any certificate) that a review reports it apart from the code that ships.
/// </summary>
public enum CodeKind
{
    Production,
    Test,
    Sample,
}
