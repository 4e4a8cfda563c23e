namespace ReviewGen.Loading;

/// <summary>The input cannot be reviewed as given (no such file, several solutions in a folder…); the message is one line for the user.</summary>
public sealed class InvalidInputException(string message) : Exception(message);
