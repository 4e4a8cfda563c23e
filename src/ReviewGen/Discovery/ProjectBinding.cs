namespace ReviewGen.Discovery;

/// <summary>What of a project's TLS code did not bind: names whose types are missing (a package not restored).</summary>
/// <param name="ProjectPath">Absolute path of the project file.</param>
/// <param name="Documents">Distinct C# documents of the project, across its target frameworks.</param>
/// <param name="UnboundNames">Names used by the TLS documents that did not resolve, sorted.</param>
/// <param name="CompileErrors">Compile errors in the TLS documents (the documents that were bound), across target frameworks.</param>
public sealed record ProjectBinding(string ProjectPath, int Documents, IReadOnlyList<string> UnboundNames, int CompileErrors);
