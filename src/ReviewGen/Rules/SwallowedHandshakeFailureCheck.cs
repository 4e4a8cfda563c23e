using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>
/// Code check "swallowed-handshake-failure": a catch clause around an <c>SslStream</c> or BouncyCastle handshake
/// that can finish normally (it logs, or does nothing), after which the method reads or writes the connection it
/// failed to authenticate. A handler that throws, rethrows, returns, breaks or continues does not swallow; one that
/// closes or replaces the connection, or sets a flag that is tested before the connection is used, handles the
/// failure. Placeholders: {symbol} (the handshake), {evidence} (where the connection is used).
/// </summary>
public sealed class SwallowedHandshakeFailureCheck : IRuleCheck
{
    public const string Name = "swallowed-handshake-failure";

    private static readonly HashSet<string> Releases = ["Dispose", "DisposeAsync", "Close", "ShutdownAsync"];

    public bool AppliesTo(RuleDefinition rule) => rule.Match.Check == Name;

    public Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var member in document.Members)
        {
            foreach (var attempt in member.Operation.Descendants().OfType<ITryOperation>())
            {
                foreach (var handshake in attempt.Body.Descendants().OfType<IInvocationOperation>()
                    .Where(i => context.Catalog.Match(i.TargetMethod.ReducedFrom ?? i.TargetMethod) is { Handshake: true }))
                {
                    if (HandshakeTraffic.Subject(handshake.Instance) is not { } connection)
                    {
                        continue;
                    }
                    foreach (var clause in attempt.Catches.Where(c => context.Catalog.IsHandshakeException(c.ExceptionType)))
                    {
                        if (Swallowed(clause, connection, attempt, document) is { } use)
                        {
                            var line = use.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                            output.Finding(clause.Syntax, member.DisplayName, new Dictionary<string, string>
                            {
                                ["symbol"] = CodeText.Quote(handshake.TargetMethod),
                                ["evidence"] = HandshakeTraffic.Describe(use),
                            }, [new RelatedSpan(document.Path, line, line, "connection used after the failure")]);
                        }
                    }
                }
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>Where the connection is used after the handler let the failure pass; null when the handler deals with it.</summary>
    private static IOperation? Swallowed(ICatchClauseOperation clause, ISymbol connection, ITryOperation attempt, AnalyzedDocument document)
    {
        var handler = (CatchClauseSyntax)clause.Syntax;
        if (!document.Model.AnalyzeControlFlow(handler.Block).EndPointIsReachable)
        {
            return null;
        }
        var handled = clause.Handler.Descendants().ToArray();
        if (handled.Any(o => ReplacesOrCloses(o, connection)))
        {
            return null;
        }
        var flags = handled.OfType<IAssignmentOperation>().Select(a => HandshakeTraffic.Subject(a.Target)).OfType<ISymbol>()
            .ToHashSet<ISymbol>(SymbolEqualityComparer.Default);
        var after = attempt.Syntax.Span.End;
        var use = HandshakeTraffic.FirstAfter(Following(attempt), connection, after);
        if (use is null)
        {
            return null;
        }
        // A flag the handler sets, or the connection's IsAuthenticated, tested before the use decides whether it happens.
        var tested = Following(attempt).SelectMany(o => o.DescendantsAndSelf())
            .Where(o => o.Syntax.SpanStart > after && o.Syntax.SpanStart < use.Syntax.SpanStart)
            .Select(Condition).OfType<IOperation>()
            .SelectMany(c => c.DescendantsAndSelf())
            .Any(o => HandshakeTraffic.Subject(o) is { } read && (flags.Contains(read) || IsAuthenticatedOf(o, connection)));
        return tested ? null : use;
    }

    private static bool ReplacesOrCloses(IOperation operation, ISymbol connection) => operation switch
    {
        IAssignmentOperation assignment => SymbolEqualityComparer.Default.Equals(HandshakeTraffic.Subject(assignment.Target), connection),
        IInvocationOperation { TargetMethod.Name: var name, Instance: var instance } => Releases.Contains(name)
            && SymbolEqualityComparer.Default.Equals(HandshakeTraffic.Subject(instance), connection),
        _ => false,
    };

    private static bool IsAuthenticatedOf(IOperation read, ISymbol connection) =>
        read.Parent is IPropertyReferenceOperation { Property.Name: "IsAuthenticated" } property
        && property.Instance == read
        && SymbolEqualityComparer.Default.Equals(HandshakeTraffic.Subject(read), connection);

    private static IOperation? Condition(IOperation operation) => operation switch
    {
        IConditionalOperation conditional => conditional.Condition,
        IWhileLoopOperation loop => loop.Condition,
        IForLoopOperation loop => loop.Condition,
        _ => null,
    };

    /// <summary>The statements that run after the try statement: those after it in each enclosing block, up to the member or lambda.</summary>
    private static IEnumerable<IOperation> Following(IOperation statement)
    {
        for (var child = statement; child.Parent is { } parent and not IAnonymousFunctionOperation and not ILocalFunctionOperation; child = parent)
        {
            if (parent is IBlockOperation block)
            {
                foreach (var next in block.Operations.SkipWhile(o => o != child).Skip(1))
                {
                    yield return next;
                }
            }
        }
    }
}
