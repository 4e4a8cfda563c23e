namespace ReviewGen.Cli;

/// <summary>The command line asks for something that cannot be done (exit 2); the message is one line for the user.</summary>
public sealed class UsageException(string message) : Exception(message);
