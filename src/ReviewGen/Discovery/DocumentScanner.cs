using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Catalog;

namespace ReviewGen.Discovery;

/// <summary>
/// Resolves every invocation, creation, member access, assignment, delegate conversion and catch clause of a
/// document to its symbol and keeps those the catalog knows. This is the only place discovery binds code.
/// </summary>
public sealed class DocumentScanner(TlsSymbolCatalog catalog)
{
    public IReadOnlyList<TlsSymbolUse> Scan(IReadOnlyList<MemberBody> members, CancellationToken ct)
    {
        var uses = new List<TlsSymbolUse>();
        foreach (var member in members)
        {
            ct.ThrowIfCancellationRequested();
            AddDeclarationUses(member, uses);
            foreach (var operation in Operations(member.Operation))
            {
                AddOperationUses(member, operation, uses);
            }
        }
        return uses;
    }

    private void AddDeclarationUses(MemberBody member, List<TlsSymbolUse> uses)
    {
        if (member.Symbol is not IMethodSymbol method)
        {
            return;
        }
        foreach (var implemented in ImplementedMembers.Of(method))
        {
            if (catalog.Match(implemented) is { } entry)
            {
                uses.Add(Use(member.Declaration, null, implemented, entry, UseKind.Overrides, member));
                return;
            }
        }
        foreach (var parameter in method.Parameters)
        {
            if (catalog.Match(parameter.Type) is { Signature: true } entry)
            {
                uses.Add(Use(member.Declaration, null, parameter.Type, entry, UseKind.ValidatesInCallback, member));
                return;
            }
        }
    }

    private void AddOperationUses(MemberBody member, IOperation operation, List<TlsSymbolUse> uses)
    {
        switch (operation)
        {
            case IObjectCreationOperation { Constructor: { } ctor } creation:
                Add(ctor.ContainingType, UseKind.Creates);
                AddArguments(ctor, creation.Arguments);
                break;
            case IInvocationOperation invocation:
                Add(invocation.TargetMethod, UseKind.Calls);
                AddArguments(invocation.TargetMethod, invocation.Arguments);
                break;
            case IPropertyReferenceOperation property:
                Add(property.Property, IsAssignmentTarget(property) ? UseKind.Sets : UseKind.Reads);
                break;
            case IFieldReferenceOperation field:
                Add(field.Field, IsAssignmentTarget(field) ? UseKind.Sets : field.Field.HasConstantValue ? UseKind.Uses : UseKind.Reads);
                break;
            case IEventReferenceOperation @event:
                Add(@event.Event, UseKind.Sets);
                break;
            case IConversionOperation { IsImplicit: false, Type: { } type } when type.TypeKind == TypeKind.Enum:
                Add(type, UseKind.Uses);
                break;
            case IDelegateCreationOperation { Type: INamedTypeSymbol { DelegateInvokeMethod: { } invoke } } creation when catalog.IsCallbackDelegate(creation.Type):
                var signature = invoke.Parameters.First(p => catalog.Match(p.Type) is { Signature: true }).Type;
                uses.Add(Use(creation.Syntax, creation, signature, catalog.Match(signature)!, UseKind.InstallsCallback, member));
                break;
            case ITryOperation tryOperation:
                AddCatches(member, tryOperation, uses);
                break;
        }

        // An argument can belong to another category than its call: checkCertificateRevocation is revocation code.
        void AddArguments(IMethodSymbol method, IEnumerable<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue && a.Parameter is not null))
            {
                if (catalog.MatchParameter(method, argument.Parameter!) is { } entry)
                {
                    uses.Add(new TlsSymbolUse(argument.Syntax, argument, argument.Parameter!, entry.Symbol,
                        $"{SymbolNames.Short(method)}({argument.Parameter!.Name})", entry.Category, UseKind.Passes, member));
                }
                else if (catalog.MatchSwitch(method, argument) is { } setting)
                {
                    uses.Add(new TlsSymbolUse(operation.Syntax, operation, method, setting.Symbol, setting.Symbol, setting.Category, UseKind.Sets, member));
                }
            }
        }

        void Add(ISymbol symbol, UseKind kind)
        {
            if (catalog.Match(symbol) is { } entry)
            {
                uses.Add(Use(operation.Syntax, operation, symbol, entry, kind, member));
            }
        }
    }

    /// <summary>A catch around a handshake (a catalog handshake, or an HTTP call that connects) is TLS error handling.</summary>
    private void AddCatches(MemberBody member, ITryOperation tryOperation, List<TlsSymbolUse> uses)
    {
        var handshake = tryOperation.Body.Descendants()
            .OfType<IInvocationOperation>()
            .FirstOrDefault(i => catalog.IsHandshake(i.TargetMethod));
        if (handshake is null)
        {
            return;
        }
        foreach (var clause in tryOperation.Catches)
        {
            if (catalog.IsHandshakeException(clause.ExceptionType))
            {
                var entry = new CatalogEntry(SymbolNames.Qualified(clause.ExceptionType), TlsCategory.ErrorHandling, Handshake: false, Signature: false);
                uses.Add(Use(clause.Syntax, clause, clause.ExceptionType, entry, UseKind.Catches, member));
            }
        }
    }

    /// <summary>Every operation of the tree except inside <c>nameof</c>, which names a symbol without using it.</summary>
    private static IEnumerable<IOperation> Operations(IOperation root)
    {
        var pending = new Stack<IOperation>([root]);
        while (pending.TryPop(out var operation))
        {
            yield return operation;
            if (operation is INameOfOperation)
            {
                continue;
            }
            foreach (var child in operation.ChildOperations.Reverse())
            {
                pending.Push(child);
            }
        }
    }

    private static bool IsAssignmentTarget(IOperation reference) =>
        reference.Parent is IAssignmentOperation assignment && assignment.Target == reference;

    private TlsSymbolUse Use(SyntaxNode syntax, IOperation? operation, ISymbol symbol, CatalogEntry entry, UseKind kind, MemberBody member) =>
        new(syntax, operation, symbol, SymbolNames.Qualified(symbol), SymbolNames.Short(symbol), entry.Category, kind, member, IsIncidental(symbol, entry, kind));

    /// <summary>
    /// Calling, reading or setting a member decides nothing about TLS when the member only moves data, is a base
    /// constructor (<c>: base(…)</c>), or is the project's own (its <c>IsHandshakeComplete</c> flag, matched only
    /// because its class derives from a TLS peer). Creating, overriding and installing always decide something.
    /// </summary>
    private bool IsIncidental(ISymbol symbol, CatalogEntry entry, UseKind kind) =>
        kind is UseKind.Calls or UseKind.Reads or UseKind.Sets or UseKind.Uses
        && (catalog.IsPlainIo(symbol, entry)
            || symbol is IMethodSymbol { MethodKind: MethodKind.Constructor }
            || symbol.Locations.Any(l => l.IsInSource));
}
