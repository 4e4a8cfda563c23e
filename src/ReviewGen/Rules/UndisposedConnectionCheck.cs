using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Code check "undisposed-connection": an <c>SslStream</c>, <c>TcpClient</c> (created, or accepted from a
/// <c>TcpListener</c>), socket-owning <c>NetworkStream</c>, <c>HttpClientHandler</c> or <c>SocketsHttpHandler</c>
/// that its method neither releases nor lets go of. Released: a <c>using</c>, a Dispose, DisposeAsync or Close call
/// anywhere in the method. Let go of: returned (a factory lambda included), stored in a field, property or
/// collection, or passed to any method or constructor that may keep it, except the two whose ownership is known:
/// an <c>SslStream</c> owns its inner stream unless <c>leaveInnerStreamOpen</c> is <c>true</c>, and an
/// <c>HttpClient</c> owns its handler unless <c>disposeHandler</c> is <c>false</c>; the owner must then be released.
/// A <c>TcpClient</c> is released through the stream <c>GetStream</c> returns, which owns its socket. A BouncyCastle
/// <c>TlsClientProtocol</c> or <c>TlsServerProtocol</c> in blocking mode (2.x <c>Org.BouncyCastle.Tls</c> and the old
/// <c>Org.BouncyCastle.Crypto.Tls</c>) owns the stream it is given, and is released through its <c>Stream</c> too.
/// An object stored in a private field that no code of its type ever releases or lets go of is not let go of but
/// lost. A leak is reported once, on the outermost object. Placeholders: {symbol} (the type), {evidence}.
/// </summary>
public sealed class UndisposedConnectionCheck : IRuleCheck
{
    public const string Name = "undisposed-connection";

    private const string SslStream = "System.Net.Security.SslStream";
    private const string TcpClient = "System.Net.Sockets.TcpClient";
    private const string NetworkStream = "System.Net.Sockets.NetworkStream";
    private const string BouncyCastleProtocol = "Org.BouncyCastle.Tls.TlsProtocol";
    private const string LegacyBouncyCastleProtocol = "Org.BouncyCastle.Crypto.Tls.TlsProtocol";
    private const string ProtocolHolds = "the stream it wraps and its socket stay open until the garbage collector finalizes them, and the peer gets no `close_notify`";

    /// <summary>The BouncyCastle protocol constructors' stream parameters: without one, the protocol runs in non-blocking mode and holds no connection.</summary>
    private static readonly HashSet<string> ProtocolStreams = ["stream", "input", "output"];

    private static readonly Dictionary<string, string> Holds = new(StringComparer.Ordinal)
    {
        [SslStream] = "its connection and native TLS context stay open until the garbage collector finalizes it, and the peer gets no `close_notify`",
        [TcpClient] = "its socket stays open until the garbage collector finalizes it",
        [NetworkStream] = "the socket it owns stays open until the garbage collector finalizes it",
        ["System.Net.Http.HttpClientHandler"] = "its pooled TLS connections stay open until they idle out or the garbage collector finalizes it",
        ["System.Net.Http.SocketsHttpHandler"] = "its pooled TLS connections stay open until they idle out or the garbage collector finalizes it",
        ["Org.BouncyCastle.Tls.TlsClientProtocol"] = ProtocolHolds,
        ["Org.BouncyCastle.Tls.TlsServerProtocol"] = ProtocolHolds,
        ["Org.BouncyCastle.Crypto.Tls.TlsClientProtocol"] = ProtocolHolds,
        ["Org.BouncyCastle.Crypto.Tls.TlsServerProtocol"] = ProtocolHolds,
    };

    /// <summary>Constructors that take ownership of an argument: (owner type, owned parameter, parameter that opts out or null, its opting-out value).</summary>
    private static readonly (string Owner, string Owned, string? OptOut, bool OptOutValue)[] Owners =
    [
        (SslStream, "innerStream", "leaveInnerStreamOpen", true),
        ("System.Net.Http.HttpMessageInvoker", "handler", "disposeHandler", false),
        .. ProtocolStreams.SelectMany(p => new (string, string, string?, bool)[] { (BouncyCastleProtocol, p, null, false), (LegacyBouncyCastleProtocol, p, null, false) }),
    ];

    private static readonly HashSet<string> Releases = ["Dispose", "DisposeAsync", "Close"];

    private static readonly HashSet<string> Pooled = ["System.Net.Http.HttpClientHandler", "System.Net.Http.SocketsHttpHandler"];

    public bool AppliesTo(RuleDefinition rule) => rule.Match.Check == Name;

    public async Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        // Top-level statements are one method, each statement a member of its own here: a local one of them declares
        // is used by the next, so their objects are followed through all of them.
        var topLevel = document.Members.Where(m => m.Declaration is GlobalStatementSyntax).SelectMany(m => m.Operation.DescendantsAndSelf()).ToArray();
        foreach (var member in document.Members)
        {
            var own = member.Operation.DescendantsAndSelf().ToArray();
            if (!own.Any(o => Acquired(o) is not null))
            {
                continue;
            }
            var operations = member.Declaration is GlobalStatementSyntax ? topLevel : own;
            var unreleased = await UnreleasedFieldsAsync(operations, document.Model.Compilation, context);
            foreach (var acquired in own.Where(o => Acquired(o) is not null))
            {
                // A pooled handler is often meant to live as long as the object that keeps it.
                var fate = new Tracker(operations, Pooled.Contains(Acquired(acquired)!) ? new HashSet<IFieldSymbol>(SymbolEqualityComparer.Default) : unreleased).Follow(acquired);
                if (fate.Released || fate.Owner is { } owner && Acquired(owner) is not null)
                {
                    continue;
                }
                var type = Acquired(acquired)!;
                var holds = Holds[type];
                var evidence = (fate.Owner, fate.KeptOpenBy, fate.Field) switch
                {
                    ({ } untracked, _, { } field) => $"it is handed to the {Constructor(untracked)} at line {Line(untracked)}, which ends in the private field {MarkdownInline.Code(field.Name)} that {MarkdownInline.Code(field.ContainingType.Name)} never closes, disposes or hands on, so {holds}",
                    ({ } untracked, _, _) => $"it is handed to the {Constructor(untracked)} at line {Line(untracked)}, which is itself never disposed, returned or stored, so {holds}",
                    (_, { } keeper, _) => $"the {Constructor(keeper)} at line {Line(keeper)} leaves it open ({MarkdownInline.Code(fate.Setting!)}) and nothing else disposes it, so {holds}",
                    (_, _, { } field) => $"it ends in the private field {MarkdownInline.Code(field.Name)}, which {MarkdownInline.Code(field.ContainingType.Name)} never closes, disposes or hands on, so {holds}",
                    _ => $"it is not disposed, returned, stored or handed to an owner, so {holds}",
                };
                output.Finding(acquired.Syntax, member.DisplayName, new Dictionary<string, string>
                {
                    ["symbol"] = MarkdownInline.Code(type[(type.LastIndexOf('.') + 1)..]),
                    ["evidence"] = evidence,
                });
            }
        }
    }

    /// <summary>The private fields the member stores into whose objects no code of their type ever releases or lets go of.</summary>
    private static async Task<IReadOnlySet<IFieldSymbol>> UnreleasedFieldsAsync(IEnumerable<IOperation> operations, Compilation compilation, RuleContext context)
    {
        var fields = new HashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
        foreach (var field in operations.OfType<ISimpleAssignmentOperation>().Select(a => a.Target).OfType<IFieldReferenceOperation>().Select(r => r.Field).Distinct(SymbolEqualityComparer.Default).Cast<IFieldSymbol>())
        {
            if (await UnreleasedField.IsNeverReleasedAsync(field, compilation, context))
            {
                fields.Add(field);
            }
        }
        return fields;
    }

    /// <summary>The reported type this operation creates or accepts; null when it acquires nothing the check follows.</summary>
    private static string? Acquired(IOperation operation) => operation switch
    {
        IObjectCreationOperation { Constructor: { } ctor } creation => Lineage(ctor.ContainingType) switch
        {
            NetworkStream when !OwnsSocket(creation) => null,
            { } type when Holds[type] == ProtocolHolds && !creation.Arguments.Any(a => a.Parameter is { } p && ProtocolStreams.Contains(p.Name)) => null,
            { } type => type,
            null => null,
        },
        IInvocationOperation { TargetMethod: { Name: "AcceptTcpClient" or "AcceptTcpClientAsync", ContainingType: var listener } }
            when SymbolNames.Qualified(listener) == "System.Net.Sockets.TcpListener" => TcpClient,
        _ => null,
    };

    private static string? Lineage(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Holds.ContainsKey(SymbolNames.Qualified(current)))
            {
                return SymbolNames.Qualified(current);
            }
        }
        return null;
    }

    private static bool OwnsSocket(IObjectCreationOperation creation) =>
        creation.Arguments.Any(a => a.Parameter?.Name == "ownsSocket" && a.Value.ConstantValue is { HasValue: true, Value: true });

    private static string Constructor(IOperation creation) => CodeText.Quote(((IObjectCreationOperation)creation).Constructor!);

    private static int Line(IOperation operation) => operation.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    /// <param name="Owner">The known owner (an <c>SslStream</c> or <c>HttpClient</c> creation) the object went to, when that owner leaks too.</param>
    /// <param name="KeptOpenBy">The known owner that was told to leave the object open, with the <paramref name="Setting"/> that said so.</param>
    /// <param name="Field">The private field the object ends in, which its type never releases.</param>
    private sealed record Outcome(bool Released, IOperation? Owner, IOperation? KeptOpenBy = null, string? Setting = null, IFieldSymbol? Field = null)
    {
        public static readonly Outcome Free = new(true, null);
        public static readonly Outcome Lost = new(false, null);

        /// <summary>The more telling of two ways of being lost: through an owner, then kept open by one, then left in a field, then none.</summary>
        public Outcome Or(Outcome other) => Rank > other.Rank || Rank == other.Rank && Rank > 0 ? this : other;

        private int Rank => Owner is not null ? 3 : KeptOpenBy is not null ? 2 : Field is not null ? 1 : 0;
    }

    /// <summary>Follows one member's objects to where they end: released, let go of, or lost.</summary>
    private sealed class Tracker(IReadOnlyList<IOperation> operations, IReadOnlySet<IFieldSymbol> unreleased)
    {
        private readonly HashSet<ILocalSymbol> _following = new(SymbolEqualityComparer.Default);

        /// <summary>Where a value that produces the object goes.</summary>
        public Outcome Follow(IOperation value)
        {
            var child = value;
            for (var parent = value.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                switch (parent)
                {
                    case IConversionOperation or IParenthesizedOperation or IAwaitOperation or IConditionalOperation { Type: not null } or ICoalesceOperation:
                        continue;
                    case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                        return IsUsing(declarator) ? Outcome.Free : OfLocal(declarator.Symbol);
                    case ISimpleAssignmentOperation assignment when assignment.Value == child:
                        return assignment.Target switch
                        {
                            ILocalReferenceOperation local => OfLocal(local.Local),
                            IFieldReferenceOperation field when unreleased.Contains(field.Field) => Outcome.Lost with { Field = field.Field },
                            _ => Outcome.Free,
                        };
                    case IArgumentOperation argument:
                        return Argument(argument);
                    case IInvocationOperation invocation when invocation.Instance == child && IsView(invocation):
                        return Follow(invocation);
                    case IPropertyReferenceOperation property when property.Instance == child && IsView(property):
                        return Follow(property);
                    // A call on a protocol's stream, read straight off the protocol, releases it or leaves it as it is.
                    case IInvocationOperation invocation when invocation.Instance == child && child is IPropertyReferenceOperation view && IsView(view):
                        return Releases.Contains(invocation.TargetMethod.Name) ? Outcome.Free : Outcome.Lost;
                    case IExpressionStatementOperation:
                        return Outcome.Lost;
                    default:
                        // Returned, stored, put in a collection, used in a using statement, disposed, or called in a way
                        // not followed (a builder may return the object itself): let go of.
                        return Outcome.Free;
                }
            }
            return Outcome.Free;
        }

        /// <summary>What becomes of a local's object: released or let go of by any of its uses, else lost or lost with its owner.</summary>
        private Outcome OfLocal(ILocalSymbol local)
        {
            if (!_following.Add(local))
            {
                return Outcome.Lost;
            }
            var result = Outcome.Lost;
            foreach (var reference in operations.OfType<ILocalReferenceOperation>().Where(r => SymbolEqualityComparer.Default.Equals(r.Local, local)))
            {
                if (reference.Parent is IAssignmentOperation assignment && assignment.Target == reference)
                {
                    continue;
                }
                var fate = Use(reference);
                if (fate.Released)
                {
                    return fate;
                }
                result = fate.Or(result);
            }
            return result;
        }

        /// <summary>A read of the local: only reads that pass it on or release it decide anything; calling its members does not.</summary>
        private Outcome Use(ILocalReferenceOperation reference)
        {
            var (child, parent) = ValueUse.Of(reference);
            return parent switch
            {
                IInvocationOperation invocation when invocation.Instance == child => Releases.Contains(invocation.TargetMethod.Name)
                    ? Outcome.Free
                    : IsView(invocation) ? Follow(invocation) : Outcome.Lost,
                IPropertyReferenceOperation property when property.Instance == child && IsView(property) => Follow(property),
                IPropertyReferenceOperation or IFieldReferenceOperation or IEventReferenceOperation or IIsPatternOperation
                    or IBinaryOperation or IIsTypeOperation or IExpressionStatementOperation => Outcome.Lost,
                IArgumentOperation argument => Argument(argument),
                _ => Follow(reference),
            };
        }

        private Outcome Argument(IArgumentOperation argument)
        {
            if (argument.Parent is not IObjectCreationOperation { Constructor: { } ctor } owner)
            {
                return Outcome.Free;
            }
            foreach (var (ownerType, owned, optOut, optOutValue) in Owners)
            {
                if (!Inherits(ctor.ContainingType, ownerType) || argument.Parameter?.Name != owned)
                {
                    continue;
                }
                var keptOpen = optOut is not null
                    && owner.Arguments.Any(a => a.Parameter?.Name == optOut && a.Value.ConstantValue is { HasValue: true, Value: bool kept } && kept == optOutValue);
                if (keptOpen)
                {
                    return new Outcome(false, null, owner, $"{optOut}: {(optOutValue ? "true" : "false")}");
                }
                var ownerFate = Follow(owner);
                return ownerFate.Released ? ownerFate : ownerFate with { Owner = ownerFate.Owner ?? owner };
            }
            return Outcome.Free;
        }

        /// <summary>Declared by a using statement or declaration: disposed when its scope ends.</summary>
        private static bool IsUsing(IVariableDeclaratorOperation declarator)
        {
            for (var parent = declarator.Parent; parent is IVariableDeclarationOperation or IVariableDeclarationGroupOperation or IUsingOperation or IUsingDeclarationOperation; parent = parent.Parent)
            {
                if (parent is IUsingOperation or IUsingDeclarationOperation)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// A call whose result releases the object when it is released: <c>TcpClient.GetStream()</c>, whose stream owns
        /// the socket, and <c>ConfigureAwait</c>, whose result disposes the object in <c>await using</c>.
        /// </summary>
        private static bool IsView(IInvocationOperation invocation) =>
            invocation.TargetMethod.Name == "ConfigureAwait"
            || invocation.TargetMethod.Name == "GetStream" && Inherits(invocation.TargetMethod.ContainingType, TcpClient);

        /// <summary>A BouncyCastle protocol's <c>Stream</c>, whose Close or Dispose closes the protocol.</summary>
        private static bool IsView(IPropertyReferenceOperation property) =>
            property.Property.Name == "Stream"
            && (Inherits(property.Property.ContainingType, BouncyCastleProtocol) || Inherits(property.Property.ContainingType, LegacyBouncyCastleProtocol));

        private static bool Inherits(INamedTypeSymbol? type, string name)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolNames.Qualified(current) == name)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
