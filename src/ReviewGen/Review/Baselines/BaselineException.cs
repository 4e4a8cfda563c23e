namespace ReviewGen.Review.Baselines;

/// <summary>A baseline file that cannot be used (missing, unreadable, not a baseline, another version); the message is one line naming the file.</summary>
public sealed class BaselineException(string message) : Exception(message);
