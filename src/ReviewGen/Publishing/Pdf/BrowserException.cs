namespace ReviewGen.Publishing.Pdf;

/// <summary>
/// No headless Chromium could be found, started or made to print in time. The message is one line for the user (it says
/// how to install one when none was found); the CLI exits with the "external service failed" code.
/// </summary>
public sealed class BrowserException(string message) : Exception(message);
