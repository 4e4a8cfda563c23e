namespace ReviewGen.Loading;

/// <summary>Nothing could be loaded: every project failed, or the SDK the input needs is missing. The message is one line for the user.</summary>
public sealed class NothingLoadedException(string message) : Exception(message);
