using ReviewGen.Catalog;

namespace ReviewGen.Rules;

/// <summary>A place a rule examined and found sound, stated in Markdown from the rule's <c>sound</c> template.</summary>
public sealed record RuleObservation(string RuleId, TlsCategory Category, string Path, int StartLine, int EndLine, string Text);
