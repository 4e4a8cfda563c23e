using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>
/// The library constants a returned value holds (<c>CipherSuite.TLS_…</c>, <c>ProtocolVersion.TLSv12</c>), followed
/// through arrays, collection expressions, conditionals, locals, fields and properties of the solution, listed
/// transforms (<c>Arrays.Append</c>) and ranges (<c>TLSv12.DownTo(TLSv10)</c>). <see cref="Complete"/> is false when
/// some part could not be followed (a call, a mutable field): then the constants found are offered, but maybe not only them.
/// </summary>
public sealed class OfferedConstants
{
    private readonly OverrideOffersMatch _match;
    private readonly RuleContext _context;
    private readonly Compilation _compilation;
    private readonly List<Offered> _found = [];
    private readonly HashSet<ISymbol> _followed = new(SymbolEqualityComparer.Default);

    private OfferedConstants(OverrideOffersMatch match, RuleContext context, Compilation compilation) =>
        (_match, _context, _compilation) = (match, context, compilation);

    /// <summary>One constant offered, and the declaration outside the hook it was written in, if any.</summary>
    public sealed record Offered(string Name, Declaration? WrittenIn);

    /// <summary>A field or property followed from the hook: where it is declared.</summary>
    public sealed record Declaration(string Name, SyntaxNode Syntax);

    public IReadOnlyList<Offered> Constants => _found;

    public bool Complete { get; private set; } = true;

    public static async Task<OfferedConstants> OfAsync(IOperation value, IOperation body, OverrideOffersMatch match, RuleContext context)
    {
        var offered = new OfferedConstants(match, context, value.SemanticModel!.Compilation);
        await offered.WalkAsync(value, body, null);
        return offered;
    }

    private async Task WalkAsync(IOperation value, IOperation body, Declaration? writtenIn)
    {
        switch (value)
        {
            case IConversionOperation conversion:
                await WalkAsync(conversion.Operand, body, writtenIn);
                break;
            case IParenthesizedOperation parenthesized:
                await WalkAsync(parenthesized.Operand, body, writtenIn);
                break;
            case IFieldReferenceOperation { Field: var field } when Declares(field):
                _found.Add(new Offered(field.Name, writtenIn));
                break;
            case IFieldReferenceOperation { Field: var field }:
                await FollowAsync(field, field.IsConst || field.IsReadOnly);
                break;
            case IPropertyReferenceOperation { Property: var property }:
                await FollowAsync(property, property.SetMethod is null);
                break;
            case ILocalReferenceOperation { Local: var local }:
                await LocalAsync(local, body, writtenIn);
                break;
            case IArrayCreationOperation { Initializer: { } initializer }:
                await WalkAsync(initializer, body, writtenIn);
                break;
            case IArrayInitializerOperation initializer:
                foreach (var element in initializer.ElementValues)
                {
                    await WalkAsync(element, body, writtenIn);
                }
                break;
            case ICollectionExpressionOperation collection:
                foreach (var element in collection.Elements)
                {
                    await WalkAsync(element is ISpreadOperation spread ? spread.Operand : element, body, writtenIn);
                }
                break;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                await WalkAsync(conditional.WhenTrue, body, writtenIn);
                await WalkAsync(whenFalse, body, writtenIn);
                break;
            case ICoalesceOperation coalesce:
                await WalkAsync(coalesce.Value, body, writtenIn);
                await WalkAsync(coalesce.WhenNull, body, writtenIn);
                break;
            case IInvocationOperation invocation when _match.Ranges.Contains(Name(invocation.TargetMethod)):
                Range(invocation, writtenIn);
                break;
            case IInvocationOperation invocation when _match.Transforms.Contains(Name(invocation.TargetMethod)):
                await TransformAsync(invocation, body, writtenIn);
                break;
            default:
                Complete = false;
                break;
        }
    }

    private bool Declares(IFieldSymbol field) =>
        field.IsStatic && string.Equals(SymbolNames.Qualified(field.ContainingType), _match.Type, StringComparison.Ordinal);

    private static string Name(IMethodSymbol method) => SymbolNames.Qualified(method.ReducedFrom ?? method);

    /// <summary>A field or property of the solution, through its initializer or expression body.</summary>
    /// <param name="fixedValue">Nothing can assign it after its initializer (const, readonly, get-only).</param>
    private async Task FollowAsync(ISymbol symbol, bool fixedValue)
    {
        Complete &= fixedValue;
        // A field whose initializer reads itself, directly or not, holds nothing more than what was found.
        if (!_followed.Add(symbol))
        {
            return;
        }
        var code = symbol.DeclaringSyntaxReferences is [var reference] ? await reference.GetSyntaxAsync(_context.CancellationToken) : null;
        var expression = code switch
        {
            VariableDeclaratorSyntax { Initializer.Value: var initializer } => initializer,
            PropertyDeclarationSyntax { ExpressionBody.Expression: var arrow } => arrow,
            PropertyDeclarationSyntax { Initializer.Value: var initializer } => initializer,
            _ => null,
        };
        if (expression is null || await _context.ModelForAsync(expression.SyntaxTree, _compilation) is not { } model
            || model.GetOperation(expression, _context.CancellationToken) is not { } operation)
        {
            Complete = false;
        }
        else
        {
            await WalkAsync(operation, operation, new Declaration(symbol.Name, code!));
        }
        _followed.Remove(symbol);
    }

    /// <summary>A local of the member: its initializer and every value assigned to it; writing into its elements is not followed.</summary>
    private async Task LocalAsync(ILocalSymbol local, IOperation body, Declaration? writtenIn)
    {
        // suites = Arrays.Append(suites, …) reads the values already being followed.
        if (!_followed.Add(local))
        {
            return;
        }
        var operations = body.Descendants().ToArray();
        bool Is(IOperation? target) => target is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);
        var values = operations.OfType<IVariableDeclaratorOperation>()
            .Where(d => SymbolEqualityComparer.Default.Equals(d.Symbol, local))
            .Select(d => d.Initializer?.Value)
            .Concat(operations.OfType<ISimpleAssignmentOperation>().Where(a => Is(a.Target)).Select(a => (IOperation?)a.Value))
            .ToArray();
        var changedInPlace = operations.Any(o =>
            o is ICompoundAssignmentOperation compound && Is(compound.Target)
            || o is IArrayElementReferenceOperation element && Is(element.ArrayReference) && element.Parent is IAssignmentOperation assignment && assignment.Target == element
            || o is IArgumentOperation { Parameter.RefKind: not RefKind.None } argument && Is(argument.Value));
        if (values.Length == 0 || values.Any(v => v is null) || changedInPlace)
        {
            Complete = false;
        }
        foreach (var value in values.OfType<IOperation>())
        {
            await WalkAsync(value, body, writtenIn);
        }
        _followed.Remove(local);
    }

    /// <summary><c>TLSv12.DownTo(TLSv10)</c> offers every constant between the two in one of the rule's orders; <c>TLSv12.Only()</c> the one.</summary>
    private void Range(IInvocationOperation invocation, Declaration? writtenIn)
    {
        var from = End(invocation.Instance);
        var to = invocation.Arguments.FirstOrDefault(a => a.ArgumentKind != ArgumentKind.DefaultValue) is { } argument ? End(argument.Value) : from;
        if (from is null || to is null)
        {
            Complete = false;
            return;
        }
        var order = _match.Orders.FirstOrDefault(o => o.Contains(from) && o.Contains(to));
        if (order is null)
        {
            Complete = false;
            _found.Add(new Offered(from, writtenIn));
            _found.Add(new Offered(to, writtenIn));
            return;
        }
        var (start, end) = (IndexOf(order, from), IndexOf(order, to));
        var step = end >= start ? 1 : -1;
        for (var i = start; i != end + step; i += step)
        {
            _found.Add(new Offered(order[i], writtenIn));
        }
    }

    private static int IndexOf(IReadOnlyList<string> order, string name) => order.Select((n, i) => (n, i)).First(p => p.n == name).i;

    private string? End(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }
        return operation is IFieldReferenceOperation { Field: var field } && Declares(field) ? field.Name : null;
    }

    /// <summary>A transform's result holds the constants of its arguments of the result's type or element type (not the <c>TlsCrypto</c>).</summary>
    private async Task TransformAsync(IInvocationOperation invocation, IOperation body, Declaration? writtenIn)
    {
        var element = invocation.Type is IArrayTypeSymbol array ? array.ElementType : null;
        var carried = invocation.Arguments
            .Where(a => a.ArgumentKind != ArgumentKind.DefaultValue && a.Parameter is { } p
                && (SymbolEqualityComparer.Default.Equals(p.Type, invocation.Type) || SymbolEqualityComparer.Default.Equals(p.Type, element)))
            .ToArray();
        if (carried.Length == 0)
        {
            Complete = false;
        }
        foreach (var argument in carried)
        {
            await WalkAsync(argument.Value, body, writtenIn);
        }
    }
}
