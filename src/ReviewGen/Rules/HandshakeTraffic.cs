using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReviewGen.Rules;

/// <summary>
/// The connection a handshake authenticates (the variable, parameter, field or property it is called on) and the
/// places a method sends or receives data over it: what goes wrong when the handshake's outcome is not known.
/// </summary>
public static class HandshakeTraffic
{
    /// <summary>The storage a reference reads; null for an expression that is not one (a call's result).</summary>
    public static ISymbol? Subject(IOperation? reference) => reference switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
        IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation, Arguments.Length: 0 } property => property.Property,
        _ => null,
    };

    /// <summary>The first place after <paramref name="position"/> within <paramref name="scope"/> that reads or writes data over <paramref name="subject"/>.</summary>
    public static IOperation? FirstAfter(IEnumerable<IOperation> scope, ISymbol subject, int position) =>
        scope.SelectMany(o => o.DescendantsAndSelf())
            .Where(o => o.Syntax.SpanStart > position && SymbolEqualityComparer.Default.Equals(Subject(o), subject) && CarriesData(o))
            .OrderBy(o => o.Syntax.SpanStart)
            .FirstOrDefault();

    /// <summary>
    /// The reference reads or writes the connection: a Read, Write, Flush or CopyTo call on it (BouncyCastle's
    /// ReadApplicationData and WriteApplicationData too), BouncyCastle's <c>Stream</c> property, or the connection
    /// wrapped in a reader or writer.
    /// </summary>
    public static bool CarriesData(IOperation reference)
    {
        var (child, parent) = ValueUse.Of(reference);
        return parent switch
        {
            IInvocationOperation invocation when invocation.Instance == child => IsDataMethod(invocation.TargetMethod.Name),
            IPropertyReferenceOperation { Property.Name: "Stream" } property when property.Instance == child => true,
            IArgumentOperation { Parent: IObjectCreationOperation } => true,
            _ => false,
        };
    }

    private static bool IsDataMethod(string name) =>
        name.StartsWith("Read", StringComparison.Ordinal) || name.StartsWith("Write", StringComparison.Ordinal)
        || name.StartsWith("Flush", StringComparison.Ordinal) || name.StartsWith("CopyTo", StringComparison.Ordinal);

    /// <summary>"`ssl.WriteAsync(payload)` at line 46": the statement-level expression that carries the data.</summary>
    public static string Describe(IOperation use)
    {
        var shown = use;
        while (shown.Parent is { } parent and not (IExpressionStatementOperation or IVariableDeclaratorOperation or IVariableInitializerOperation
            or IReturnOperation or IBlockOperation or IUsingOperation or IAwaitOperation or IArgumentOperation { Parent: IInvocationOperation }))
        {
            shown = parent;
        }
        var line = use.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        return $"{CodeText.Quote(shown.Syntax)} at line {line}";
    }
}
