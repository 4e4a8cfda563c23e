namespace ReviewGen.Settings;

/// <summary>A <c>reviewgen.json</c> that cannot be used (exit 2); the message is one line naming the file and the key.</summary>
public sealed class SettingsException(string message) : Exception(message);
