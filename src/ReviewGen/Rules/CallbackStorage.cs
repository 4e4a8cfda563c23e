using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ReviewGen.Rules;

/// <summary>
/// Callbacks (and other objects) kept in the developer's own variables before they are used: which operations store a
/// delegate, and which values a field, property or local holds, wherever in the solution they were stored.
/// </summary>
public static class CallbackStorage
{
    /// <summary>The value's destination is the developer's own field, property or local: it is installed elsewhere, if at all.</summary>
    public static bool IsStored(IOperation value)
    {
        var child = value;
        for (var parent = value.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IConversionOperation or IParenthesizedOperation or IConditionalOperation or ICoalesceOperation:
                    continue;
                case IVariableInitializerOperation:
                    return true;
                case IFieldInitializerOperation or IPropertyInitializerOperation:
                    return true;
                case IAssignmentOperation assignment when assignment.Value == child:
                    return StorageSymbol(assignment.Target) is not null;
                default:
                    return false;
            }
        }
        return false;
    }

    /// <summary>The developer's own field, property or local a reference reads; null for framework members and parameters.</summary>
    public static ISymbol? StorageSymbol(IOperation reference) => reference switch
    {
        ILocalReferenceOperation local => local.Local,
        IFieldReferenceOperation { Field: var field } when IsInSource(field) => field,
        IPropertyReferenceOperation { Property: var property } when IsInSource(property) => property,
        _ => null,
    };

    /// <summary>
    /// The delegates a storage can hold, with the storage each was put into: every value stored into it (initializers
    /// and assignments anywhere in the solution, and what a property's getter returns), followed through further
    /// storage (a getter that returns a lazily filled field), each storage once.
    /// </summary>
    public static async Task<IReadOnlyList<(IDelegateCreationOperation Creation, ISymbol Storage)>> DelegatesAsync(ISymbol storage, IOperation reader, RuleContext context)
    {
        var found = new List<(IDelegateCreationOperation, ISymbol)>();
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<(ISymbol Storage, IOperation Reader)>([(storage, reader)]);
        while (pending.TryPop(out var next))
        {
            if (!visited.Add(next.Storage))
            {
                continue;
            }
            foreach (var value in await StoredValuesAsync(next.Storage, next.Reader, context))
            {
                found.AddRange(value.DescendantsAndSelf().OfType<IDelegateCreationOperation>().Select(c => (c, next.Storage)));
                if (StorageSymbol(Unwrapped(value)) is { } further)
                {
                    pending.Push((further, value));
                }
            }
        }
        return found;
    }

    /// <summary>Every value stored into a field, property or local (initializers and assignments anywhere in the solution, a property getter's returns).</summary>
    public static async Task<IReadOnlyList<IOperation>> StoredValuesAsync(ISymbol storage, IOperation reader, RuleContext context)
    {
        var values = new List<IOperation>();
        if (storage is ILocalSymbol)
        {
            var body = reader;
            while (body.Parent is not null)
            {
                body = body.Parent;
            }
            values.AddRange(body.Descendants().SelectMany(o => ValueStoredBy(o, storage)));
            return values;
        }
        var compilation = reader.SemanticModel!.Compilation;
        foreach (var declaration in storage.DeclaringSyntaxReferences)
        {
            var syntax = await declaration.GetSyntaxAsync(context.CancellationToken);
            var model = await context.ModelForAsync(syntax.SyntaxTree, compilation);
            foreach (var node in syntax.DescendantNodesAndSelf())
            {
                switch (model?.GetOperation(node, context.CancellationToken))
                {
                    case ISymbolInitializerOperation initializer:
                        values.Add(initializer.Value);
                        break;
                    case IMethodBodyOperation getter when storage is IPropertySymbol { GetMethod: { } get }
                        && SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(node, context.CancellationToken), get):
                        values.AddRange(getter.Descendants().OfType<IReturnOperation>().Select(r => r.ReturnedValue).OfType<IOperation>());
                        break;
                    // An expression-bodied property (`Store => _store ??= new(…)`) has no accessor declaration, only the arrow.
                    case IBlockOperation arrow when storage is IPropertySymbol && node is ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax }:
                        values.AddRange(arrow.Descendants().OfType<IReturnOperation>().Select(r => r.ReturnedValue).OfType<IOperation>());
                        break;
                }
            }
        }
        foreach (var location in await context.FindReferencesAsync(storage))
        {
            var model = await context.ModelForAsync(location.SourceTree!, compilation);
            var root = await location.SourceTree!.GetRootAsync(context.CancellationToken);
            var operation = model?.GetOperation(root.FindNode(location.SourceSpan, getInnermostNodeForTie: true), context.CancellationToken);
            for (var current = operation; current is not null; current = current.Parent)
            {
                if (current is IAssignmentOperation assignment && SymbolEqualityComparer.Default.Equals(StorageSymbol(assignment.Target), storage))
                {
                    values.Add(assignment.Value);
                    break;
                }
            }
        }
        return values;
    }

    private static IOperation Unwrapped(IOperation value) => value is IConversionOperation conversion ? Unwrapped(conversion.Operand) : value;

    private static IEnumerable<IOperation> ValueStoredBy(IOperation operation, ISymbol storage) => operation switch
    {
        IVariableDeclaratorOperation { Initializer.Value: { } value } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, storage) => [value],
        IAssignmentOperation assignment when SymbolEqualityComparer.Default.Equals(StorageSymbol(assignment.Target), storage) => [assignment.Value],
        _ => [],
    };

    private static bool IsInSource(ISymbol symbol) => symbol.Locations.Any(l => l.IsInSource);
}
