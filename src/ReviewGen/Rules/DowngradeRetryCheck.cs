using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>
/// Code check "downgrade-retry": a catch clause around a handshake (an <c>SslStream</c> or BouncyCastle handshake,
/// or an HTTP call that connects) that tries again with less security: a deprecated protocol version or an
/// encryption policy that allows no encryption passed or assigned, a validation callback that accepts everything or
/// <c>DangerousAcceptAnyServerCertificateValidator</c>, an <c>http://</c> address a request is sent to, or the
/// data written over the plain stream the failed <c>SslStream</c> wrapped. A retry with the same settings, and a
/// value only compared, are not downgrades. Findings stand on the weaker setting and name the catch clause.
/// Placeholders: {value}, {evidence}.
/// </summary>
public sealed class DowngradeRetryCheck : IRuleCheck
{
    public const string Name = "downgrade-retry";

    /// <summary>Enum settings that weaken a connection: (enum type, bits that weaken it, what they do).</summary>
    private static readonly (string Type, ulong Bits, string Evidence)[] WeakSettings =
    [
        ("System.Security.Authentication.SslProtocols", 12 | 48 | 192 | 768, "which enables a deprecated protocol version"),
        ("System.Net.SecurityProtocolType", 48 | 192 | 768, "which enables a deprecated protocol version"),
        ("System.Net.Security.EncryptionPolicy", 1 | 2, "which lets the connection carry data without encryption"),
    ];

    /// <summary>Types whose address argument or property is where a request is sent.</summary>
    private static readonly HashSet<string> RequestApis =
    [
        "System.Net.Http.HttpMessageInvoker", "System.Net.Http.HttpRequestMessage", "System.Net.WebRequest", "System.Net.WebClient",
        "System.Net.WebSockets.ClientWebSocket",
    ];

    private const string AcceptsAny = "which turns certificate validation off";

    private const string PlainText = "which sends the data over the stream the failed `SslStream` wrapped, without TLS";

    public bool AppliesTo(RuleDefinition rule) => rule.Match.Check == Name;

    public async Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var member in document.Members)
        {
            foreach (var attempt in member.Operation.Descendants().OfType<ITryOperation>())
            {
                var handshakes = attempt.Body.Descendants().OfType<IInvocationOperation>().Where(i => context.Catalog.IsHandshake(i.TargetMethod)).ToArray();
                if (handshakes.Length == 0)
                {
                    continue;
                }
                var plain = handshakes.Select(h => InnerStream(h, member)).OfType<ISymbol>().ToHashSet<ISymbol>(SymbolEqualityComparer.Default);
                foreach (var clause in attempt.Catches.Where(c => context.Catalog.IsHandshakeException(c.ExceptionType)))
                {
                    var span = clause.Syntax.GetLocation().GetLineSpan();
                    var related = new RelatedSpan(document.Path, span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1, "catch clause of the failed handshake");
                    foreach (var operation in clause.Handler.Descendants())
                    {
                        if (await WeakeningAsync(operation, plain, member, document, context) is { } evidence)
                        {
                            output.Finding(operation.Syntax, member.DisplayName, new Dictionary<string, string>
                            {
                                ["value"] = CodeText.Quote(evidence == PlainText ? Carrier(operation).Syntax : operation.Syntax),
                                ["evidence"] = evidence,
                            }, [related]);
                        }
                    }
                }
            }
        }
    }

    /// <summary>What the operation weakens, when it is a weaker setting; null otherwise.</summary>
    private static async Task<string?> WeakeningAsync(IOperation operation, IReadOnlySet<ISymbol> plain, MemberBody member, AnalyzedDocument document, RuleContext context)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property: var property }
                when SymbolNames.Qualified(property) == "System.Net.Http.HttpClientHandler.DangerousAcceptAnyServerCertificateValidator":
                return AcceptsAny;
            case IDelegateCreationOperation creation when context.Catalog.IsCallbackDelegate(creation.Type):
                return await BodyOfAsync(creation.Target, document, context) is { } body && CallbackBody.Of(body).AcceptsEverything ? AcceptsAny : null;
            case { ConstantValue: { HasValue: true, Value: string text } } when IsHttp(text) && ReachesNetworking(operation):
            case IInterpolatedStringOperation { Parts: [IInterpolatedStringTextOperation { Text.ConstantValue.Value: string start }, ..] }
                when IsHttp(start) && ReachesNetworking(operation):
                return "which sends the request over plain HTTP";
            case { ConstantValue: { HasValue: true, Value: { } value }, Type: INamedTypeSymbol { TypeKind: TypeKind.Enum } type }
                when !(operation.Parent is { ConstantValue.HasValue: true } parent && SymbolEqualityComparer.Default.Equals(parent.Type, type)):
                var setting = WeakSettings.FirstOrDefault(w => w.Type == SymbolNames.Qualified(type));
                return setting.Type is not null && (Bits(value) & setting.Bits) != 0
                    && !operation.DescendantsAndSelf().Any(o => o is IUnaryOperation { OperatorKind: UnaryOperatorKind.BitwiseNegation })
                    && ValueTarget.Describe(operation, member.DisplayName) is not null
                    ? setting.Evidence : null;
            default:
                return PlainUse(operation, plain) ? PlainText : null;
        }
    }

    /// <summary>The variable, parameter or field an <c>SslStream</c> handshake's inner stream comes from (<c>tcp</c> in <c>new SslStream(tcp.GetStream())</c>).</summary>
    private static ISymbol? InnerStream(IInvocationOperation handshake, MemberBody member)
    {
        if (HandshakeTraffic.Subject(handshake.Instance) is not { } stream)
        {
            return null;
        }
        var created = member.Operation.Descendants().Select(o => o switch
        {
            IVariableDeclaratorOperation { Initializer.Value: var value } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, stream) => value,
            ISimpleAssignmentOperation { Value: var value } assignment when SymbolEqualityComparer.Default.Equals(HandshakeTraffic.Subject(assignment.Target), stream) => value,
            _ => null,
        }).OfType<IObjectCreationOperation>().FirstOrDefault(c => c.Type is { } type && SymbolNames.Qualified(type) == "System.Net.Security.SslStream");
        var inner = created?.Arguments.FirstOrDefault(a => a.Parameter?.Name == "innerStream")?.Value;
        while (inner is IConversionOperation conversion)
        {
            inner = conversion.Operand;
        }
        return inner is IInvocationOperation { TargetMethod.Name: "GetStream", Instance: var owner } ? HandshakeTraffic.Subject(owner) : HandshakeTraffic.Subject(inner);
    }

    /// <summary>The plain stream (or its <c>TcpClient</c>'s <c>GetStream()</c>) carries data other than into a new <c>SslStream</c>.</summary>
    private static bool PlainUse(IOperation operation, IReadOnlySet<ISymbol> plain)
    {
        var source = operation is IInvocationOperation { TargetMethod.Name: "GetStream", Instance: var owner } ? owner : operation;
        if (HandshakeTraffic.Subject(source) is not { } symbol || !plain.Contains(symbol) || !HandshakeTraffic.CarriesData(operation))
        {
            return false;
        }
        var wrapper = operation.Parent;
        while (wrapper is IConversionOperation or IArgumentOperation)
        {
            wrapper = wrapper.Parent;
        }
        return !(wrapper is IObjectCreationOperation { Type: { } type } && SymbolNames.Qualified(type) == "System.Net.Security.SslStream");
    }

    /// <summary>The call or constructor that carries data over the plain stream, for the message.</summary>
    private static IOperation Carrier(IOperation stream)
    {
        var carrier = stream.Parent;
        while (carrier is IConversionOperation or IArgumentOperation)
        {
            carrier = carrier.Parent;
        }
        return carrier ?? stream;
    }

    private static bool IsHttp(string text) => text.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The address is where a request goes (an HTTP client, a request, a web request or socket), directly or through
    /// a <c>Uri</c>; not a log line, and not a proxy, which is reached over plain HTTP by design.
    /// </summary>
    private static bool ReachesNetworking(IOperation address)
    {
        return ValueUse.Of(address).User switch
        {
            IArgumentOperation { Parent: IObjectCreationOperation { Type: { } created } uri } when SymbolNames.Qualified(created) == "System.Uri" => ReachesNetworking(uri),
            IArgumentOperation { Parameter.ContainingSymbol.ContainingType: var callee } => IsRequestApi(callee),
            IAssignmentOperation { Target: IPropertyReferenceOperation { Property.ContainingType: var owner } } => IsRequestApi(owner),
            _ => false,
        };
    }

    private static bool IsRequestApi(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (RequestApis.Contains(SymbolNames.Qualified(current)))
            {
                return true;
            }
        }
        return false;
    }

    private static async Task<IOperation?> BodyOfAsync(IOperation target, AnalyzedDocument document, RuleContext context)
    {
        switch (target)
        {
            case IAnonymousFunctionOperation lambda:
                return lambda.Body;
            case IMethodReferenceOperation { Method.DeclaringSyntaxReferences: [var reference, ..] }:
                var syntax = await reference.GetSyntaxAsync(context.CancellationToken);
                var model = await context.ModelForAsync(syntax.SyntaxTree, document.Model.Compilation);
                return model?.GetOperation(syntax, context.CancellationToken) switch
                {
                    IMethodBodyOperation method => (IOperation?)method.BlockBody ?? method.ExpressionBody,
                    ILocalFunctionOperation function => function.Body,
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static ulong Bits(object value) => unchecked((ulong)Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
}
