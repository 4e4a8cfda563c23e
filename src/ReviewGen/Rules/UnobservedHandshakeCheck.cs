using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Code check "unobserved-handshake": an asynchronous <c>SslStream</c> handshake whose task nobody waits for before
/// the stream carries data: the task is discarded (a bare call, or <c>_ =</c>), kept in a local that is never read,
/// or read only after the stream is first read or written. Awaiting it, returning it, or handing it to anything
/// (<c>Task.WhenAll</c>, a continuation) observes it. Placeholders: {symbol} (the handshake), {evidence}.
/// </summary>
public sealed class UnobservedHandshakeCheck : IRuleCheck
{
    public const string Name = "unobserved-handshake";

    public bool AppliesTo(RuleDefinition rule) => rule.Match.Check == Name;

    public Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var member in document.Members)
        {
            foreach (var handshake in member.Operation.Descendants().OfType<IInvocationOperation>())
            {
                if (!IsAsyncHandshake(handshake, context) || Unobserved(handshake, member) is not { } evidence)
                {
                    continue;
                }
                output.Finding(handshake.Syntax, member.DisplayName, new Dictionary<string, string>
                {
                    ["symbol"] = CodeText.Quote(handshake.TargetMethod),
                    ["evidence"] = evidence,
                });
            }
        }
        return Task.CompletedTask;
    }

    private static bool IsAsyncHandshake(IInvocationOperation invocation, RuleContext context) =>
        context.Catalog.Match(invocation.TargetMethod) is { Handshake: true }
        && invocation.TargetMethod.ReturnType is INamedTypeSymbol { Name: "Task" or "ValueTask" };

    /// <summary>Why the handshake's outcome is not known when the stream is used; null when it is awaited in time.</summary>
    private static string? Unobserved(IInvocationOperation handshake, MemberBody member)
    {
        IOperation task = handshake;
        if (task.Parent is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configured && configured.Instance == task)
        {
            task = configured;
        }
        var parent = ValueUse.Of(task).User;
        ILocalSymbol? local = parent switch
        {
            IExpressionStatementOperation => null,
            ISimpleAssignmentOperation { Target: IDiscardOperation } => null,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } => target.Local,
            _ => null,
        };
        if (local is null)
        {
            return parent switch
            {
                IExpressionStatementOperation => "the call is not awaited and its task is dropped",
                ISimpleAssignmentOperation { Target: IDiscardOperation } => "its task is thrown away into `_`",
                _ => null,
            };
        }
        var firstRead = member.Operation.Descendants()
            .Where(o => o is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && o.Syntax.SpanStart > handshake.Syntax.Span.End && !IsAssignedTo(o))
            .Select(o => (int?)o.Syntax.SpanStart)
            .Min();
        var name = MarkdownInline.Code(local.Name);
        if (firstRead is null)
        {
            return $"its task is kept in {name} and never awaited";
        }
        if (HandshakeTraffic.Subject(handshake.Instance) is { } stream
            && HandshakeTraffic.FirstAfter([member.Operation], stream, handshake.Syntax.Span.End) is { } use
            && use.Syntax.SpanStart < firstRead)
        {
            return $"{HandshakeTraffic.Describe(use)} uses the stream before {name} is awaited";
        }
        return null;
    }

    private static bool IsAssignedTo(IOperation reference) => reference.Parent is IAssignmentOperation assignment && assignment.Target == reference;
}
