namespace ReviewGen.Discovery.Configuration;

/// <summary>
/// One value of a configuration file, by the path that names it: <c>Kestrel:Endpoints:Https:SslProtocols:0</c> in
/// JSON (the keys of .NET configuration, array items by index), <c>configuration/runtime/AppContextSwitchOverrides/@value</c>
/// in XML (elements by name, an attribute after <c>@</c>, an element's own text without it).
/// </summary>
/// <param name="Element">Which element of an XML file holds it, in document order: attributes of one element share it.</param>
public sealed record ConfigurationSetting(string Key, string Value, int Line, int EndLine, int Element = 0);
