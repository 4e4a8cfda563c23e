namespace ReviewGen.Discovery;

/// <summary>What of a project's TLS code did not bind: names whose types are missing (a package not restored).</summary>
/// <param name="ProjectPath">Absolute path of the project file.</param>
/// <param name="Documents">Distinct C# documents of the project, across its target frameworks.</param>
/// <param name="UnboundNames">Namespaces and types used by candidate documents that did not resolve, sorted.</param>
public sealed record ProjectBinding(string ProjectPath, int Documents, IReadOnlyList<string> UnboundNames);
