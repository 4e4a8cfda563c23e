namespace ReviewGen.Discovery;

/// <summary>A file of <c>rules/</c> is missing or malformed; the message names the file and the problem in one line.</summary>
public sealed class CatalogException(string message) : Exception(message);
