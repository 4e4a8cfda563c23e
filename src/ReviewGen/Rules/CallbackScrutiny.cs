using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// What a validation callback consults besides its own test of the certificate: the platform's verdict (its
/// <c>SslPolicyErrors</c> parameter), a pin, a chain it builds itself, the status of the platform's chain, or code of
/// the project it hands the certificate to (which may check anything, so the callback is given the benefit of the doubt).
/// </summary>
public sealed record CallbackScrutiny(IOperation? ReadsErrors, IOperation? Pin, IOperation? OwnChain, IOperation? ChainStatus, IOperation? HandedOff)
{
    private const string ChainBuild = X509Types.Namespace + ".X509Chain.Build";
    private const string ChainStatusProperty = X509Types.Namespace + ".X509Chain.ChainStatus";

    public static CallbackScrutiny Of(IOperation body, CallbackErrors errors)
    {
        var operations = body.DescendantsAndSelf().ToArray();
        return new CallbackScrutiny(
            operations.FirstOrDefault(errors.IsRead),
            CertificatePins.First(body),
            operations.FirstOrDefault(o => o is IInvocationOperation i && SymbolNames.Qualified(i.TargetMethod) == ChainBuild),
            operations.FirstOrDefault(o => o is IPropertyReferenceOperation p && SymbolNames.Qualified(p.Property) == ChainStatusProperty),
            operations.FirstOrDefault(HandsCertificateToOwnCode));
    }

    /// <summary>Neither the platform's verdict nor anything that could stand in for it is looked at.</summary>
    public bool ChecksNothing => ReadsErrors is null && Pin is null && OwnChain is null && ChainStatus is null && HandedOff is null;

    /// <summary>Markdown for what the callback checks of its own (a pin, a chain it builds); null when it checks neither.</summary>
    public string? OwnCheck(IOperation body) => (Pin, OwnChain) switch
    {
        (not null, _) => $"it compares the certificate's {MarkdownInline.Code(CertificatePins.Member(Pin)!.Name)} at line {LineOf(Pin)}",
        (_, not null) => $"it builds a chain of its own{TrustMode(body)} at line {LineOf(OwnChain)}",
        _ => null,
    };

    private static string TrustMode(IOperation body) =>
        body.Descendants().OfType<IFieldReferenceOperation>().Any(f => f.Field is { Name: "CustomRootTrust", ContainingType.Name: "X509ChainTrustMode" })
            ? " with `X509ChainTrustMode.CustomRootTrust`"
            : "";

    private static bool HandsCertificateToOwnCode(IOperation operation)
    {
        var (callee, arguments) = operation switch
        {
            IInvocationOperation invocation => ((ISymbol)invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } ctor } creation => (ctor, creation.Arguments),
            _ => (null, default),
        };
        return callee is not null && callee.Locations.Any(l => l.IsInSource)
            && arguments.Any(a => a.Value.DescendantsAndSelf().Any(v => X509Types.CarriesCertificate(v.Type)));
    }

    public static int LineOf(IOperation operation) => operation.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
}
