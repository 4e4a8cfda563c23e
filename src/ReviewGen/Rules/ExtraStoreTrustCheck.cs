using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Code check "extra-store-trust": certificates added to <c>X509ChainPolicy.ExtraStore</c> (<c>Add</c>, <c>AddRange</c>,
/// <c>Import…</c>, a collection initializer) as if that made them trusted, while the chain is accepted with an untrusted
/// root: <c>AllowUnknownCertificateAuthority</c> set on the same policy, or <c>X509ChainStatusFlags.UntrustedRoot</c>
/// tolerated in the same member (compared with <c>!=</c>, <c>is not</c>, masked out with <c>~</c>, or accepted by
/// <c>All(…)</c>). Sound: the same policy, or the member, sets <c>X509ChainTrustMode.CustomRootTrust</c>, or the member
/// compares what identifies a certificate (a root element's thumbprint or raw data). A policy is known by the variable,
/// parameter, field or property that holds it or its chain, within one document. Placeholders: {target}, {evidence}.
/// </summary>
public sealed class ExtraStoreTrustCheck : IRuleCheck
{
    public const string Name = "extra-store-trust";

    private const string Policy = X509Types.Namespace + ".X509ChainPolicy";
    private const ulong AllowUnknownCertificateAuthority = 0x10;

    public bool AppliesTo(RuleDefinition rule) => rule.Match.Check == Name;

    private sealed record Place(object? Key, MemberBody Member, IOperation Operation);

    public Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        var additions = new List<(Place Place, IPropertyReferenceOperation Store)>();
        var allowances = new List<Place>();
        var customRoots = new List<Place>();
        var tolerances = new List<Place>();
        foreach (var member in document.Members)
        {
            foreach (var operation in member.Operation.Descendants())
            {
                switch (operation)
                {
                    case IInvocationOperation { TargetMethod.Name: "Add" or "AddRange" or "Import" or "ImportFromPem" or "ImportFromPemFile" } call
                        when ExtraStore(call.Instance) is { } store:
                        additions.Add((new Place(Key(store.Instance), member, call), store));
                        break;
                    case IAssignmentOperation { Target: IPropertyReferenceOperation target } assignment when Is(target, "VerificationFlags")
                        && Bits(assignment.Value) is { } bits && (bits & AllowUnknownCertificateAuthority) != 0:
                        allowances.Add(new Place(Key(target.Instance), member, assignment));
                        break;
                    case IAssignmentOperation { Target: IPropertyReferenceOperation target } assignment when Is(target, "TrustMode")
                        && assignment.Value is IFieldReferenceOperation { Field.Name: "CustomRootTrust" }:
                        customRoots.Add(new Place(Key(target.Instance), member, assignment));
                        break;
                    case IFieldReferenceOperation { Field: { Name: "UntrustedRoot", ContainingType.Name: "X509ChainStatusFlags" } } flag when Tolerates(flag):
                        tolerances.Add(new Place(null, member, flag));
                        break;
                }
            }
        }
        foreach (var (addition, store) in additions)
        {
            var values = new Dictionary<string, string> { ["target"] = CodeText.Quote(store.Syntax) };
            bool Related(Place p) => SameKey(p.Key, addition.Key) || p.Member == addition.Member;
            if (customRoots.FirstOrDefault(Related) is { } custom)
            {
                values["evidence"] = $"the chain trusts only its `CustomTrustStore` (`X509ChainTrustMode.CustomRootTrust` at line {CallbackScrutiny.LineOf(custom.Operation)})";
                output.Sound(addition.Operation.Syntax, values);
                continue;
            }
            var untrusted = allowances.Where(p => SameKey(p.Key, addition.Key))
                .Select(p => (p.Operation, What: "`X509VerificationFlags.AllowUnknownCertificateAuthority` is set on the same policy"))
                .Concat(tolerances.Where(p => p.Member == addition.Member).Select(p => (p.Operation, What: "a `X509ChainStatusFlags.UntrustedRoot` status is tolerated")))
                .OrderBy(u => u.Operation.Syntax.SpanStart)
                .FirstOrDefault();
            var pin = CertificatePins.First(addition.Member.Operation);
            if (untrusted.Operation is null || pin is not null)
            {
                values["evidence"] = pin is not null
                    ? $"the certificate is identified by its {MarkdownInline.Code(CertificatePins.Member(pin)!.Name)} at line {CallbackScrutiny.LineOf(pin)}"
                    : "no unknown root is allowed, so they only complete chains to roots the system trusts";
                output.Sound(addition.Operation.Syntax, values);
                continue;
            }
            values["evidence"] = $"{untrusted.What} at line {CallbackScrutiny.LineOf(untrusted.Operation)}, and neither `CustomRootTrust` nor a check of the root element follows";
            var span = untrusted.Operation.Syntax.GetLocation().GetLineSpan();
            var related = new RelatedSpan(context.RelativePath(span.Path), span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1, "untrusted root accepted");
            output.Finding(addition.Operation.Syntax, addition.Member.DisplayName, values, [related]);
        }
        return Task.CompletedTask;
    }

    /// <summary>The <c>ExtraStore</c> a call adds to: on the property itself, or as the receiver of a collection initializer.</summary>
    private static IPropertyReferenceOperation? ExtraStore(IOperation? instance) => Unwrapped(instance) switch
    {
        IPropertyReferenceOperation property when Is(property, "ExtraStore") => property,
        IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } receiver =>
            Ancestors(receiver).OfType<IMemberInitializerOperation>().FirstOrDefault()?.InitializedMember is IPropertyReferenceOperation initialized
                && Is(initialized, "ExtraStore") ? initialized : null,
        _ => null,
    };

    /// <summary>What holds a policy: the variable, parameter, field or property of the policy or of its chain, or the creation it is initialized in.</summary>
    private static object? Key(IOperation? instance) => Unwrapped(instance) switch
    {
        IPropertyReferenceOperation { Property.Name: "ChainPolicy" } chainPolicy => Key(chainPolicy.Instance),
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property => property.Property,
        IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } receiver =>
            Ancestors(receiver).OfType<IObjectCreationOperation>().FirstOrDefault() is { } creation ? CreationKey(creation) : null,
        _ => null,
    };

    /// <summary>A policy created in an initializer is known by the variable or member it is stored in, or else by the creation itself.</summary>
    private static object CreationKey(IObjectCreationOperation creation)
    {
        var holder = creation.Parent;
        while (holder is IConversionOperation conversion)
        {
            holder = conversion.Parent;
        }
        return holder switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            IFieldInitializerOperation { InitializedFields: [var field, ..] } => field,
            IPropertyInitializerOperation { InitializedProperties: [var property, ..] } => property,
            IAssignmentOperation assignment when Key(assignment.Target) is { } key => key,
            _ => creation.Syntax,
        };
    }

    private static bool SameKey(object? a, object? b) => (a, b) switch
    {
        (null, _) or (_, null) => false,
        (ISymbol x, ISymbol y) => SymbolEqualityComparer.Default.Equals(x, y),
        _ => Equals(a, b),
    };

    /// <summary>Compared as something to let through: <c>!=</c>, <c>is not</c>, masked out with <c>~</c>, or the condition of <c>All(…)</c>.</summary>
    private static bool Tolerates(IOperation flag)
    {
        for (var parent = flag.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IConversionOperation or IParenthesizedOperation or IConstantPatternOperation:
                    continue;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.NotEquals }:
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.BitwiseNegation }:
                case INegatedPatternOperation:
                    return true;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } or IIsPatternOperation:
                    return Ancestors(parent).OfType<IAnonymousFunctionOperation>().FirstOrDefault() is { } condition
                        && Ancestors(condition).OfType<IInvocationOperation>().FirstOrDefault() is { TargetMethod.Name: "All" };
                default:
                    return false;
            }
        }
        return false;
    }

    private static ulong? Bits(IOperation value) =>
        value.ConstantValue is { HasValue: true, Value: { } constant } && constant is IConvertible
            ? unchecked((ulong)Convert.ToInt64(constant, System.Globalization.CultureInfo.InvariantCulture))
            : null;

    private static bool Is(IPropertyReferenceOperation property, string name) =>
        property.Property.Name == name && SymbolNames.Qualified(property.Property.ContainingType) == Policy;

    private static IEnumerable<IOperation> Ancestors(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }

    private static IOperation? Unwrapped(IOperation? value) => value is IConversionOperation conversion ? Unwrapped(conversion.Operand) : value;
}
