namespace ReviewGen.Catalog;

/// <summary>How each kind of code is spelled in SARIF (<c>properties.codeKind</c>) and the JSON model.</summary>
public static class CodeKindInfo
{
    public static string MachineName(this CodeKind kind) => kind switch
    {
        CodeKind.Test => "test",
        CodeKind.Sample => "sample",
        _ => "production",
    };
}
