namespace ReviewGen.Rendering;

/// <summary>A template does not parse; the message carries every error Scriban reported, with its position.</summary>
public sealed class TemplateException(string message) : Exception(message);
