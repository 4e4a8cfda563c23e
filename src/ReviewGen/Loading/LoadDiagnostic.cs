namespace ReviewGen.Loading;

/// <param name="Source">"restore", "msbuild", "sdk" or "binding".</param>
/// <param name="FilePath">Absolute path of the file the diagnostic is about, when it names one.</param>
public sealed record LoadDiagnostic(LoadDiagnosticSeverity Severity, string Source, string Message, string? FilePath);

public enum LoadDiagnosticSeverity
{
    Warning,
    Error,
}
