namespace ReviewGen.Loading;

/// <param name="InputPath">A .sln, .slnx or .csproj file, or a folder holding one.</param>
/// <param name="Restore">Run <c>dotnet restore</c> first, so that package types bind.</param>
public sealed record LoadRequest(string InputPath, bool Restore);
