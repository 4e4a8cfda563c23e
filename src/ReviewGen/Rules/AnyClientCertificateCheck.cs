using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Code check "any-client-certificate": Kestrel's <c>HttpsConnectionAdapterOptions.AllowAnyClientCertificate()</c>,
/// which installs a validation callback that accepts every client certificate, where nothing validates client
/// certificates instead: no certificate authentication handler (<c>AddCertificate</c>) is registered anywhere in the
/// solution, and no <c>ClientCertificateValidation</c> callback is set on the same options after the call (one set
/// before it is replaced). Options that request no client certificate (<c>ClientCertificateMode.NoCertificate</c>)
/// are left alone. Placeholders: {symbol}, {evidence}.
/// </summary>
public sealed class AnyClientCertificateCheck : IRuleCheck
{
    public const string Name = "any-client-certificate";

    private const string Options = "Microsoft.AspNetCore.Server.Kestrel.Https.HttpsConnectionAdapterOptions";
    private const string HandlerExtensions = "Microsoft.AspNetCore.Authentication.Certificate.CertificateAuthenticationExtensions";

    public bool AppliesTo(RuleDefinition rule) => rule.Match.Check == Name;

    public async Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var member in document.Members)
        {
            foreach (var call in member.Operation.Descendants().OfType<IInvocationOperation>())
            {
                if (SymbolNames.Qualified(call.TargetMethod) != Options + ".AllowAnyClientCertificate")
                {
                    continue;
                }
                var options = Holder(call.Instance);
                var assignments = options is null ? [] : member.Operation.Descendants().OfType<ISimpleAssignmentOperation>()
                    .Where(a => a.Target is IPropertyReferenceOperation p && SymbolEqualityComparer.Default.Equals(Holder(p.Instance), options))
                    .ToArray();
                if (assignments.Any(a => Assigns(a, "ClientCertificateMode") && a.Value.ConstantValue is { HasValue: true, Value: 0 }))
                {
                    continue;
                }
                var values = new Dictionary<string, string> { ["symbol"] = CodeText.Quote(call.Syntax) };
                var validations = assignments.Where(a => Assigns(a, "ClientCertificateValidation")).ToArray();
                if (validations.FirstOrDefault(a => a.Syntax.SpanStart > call.Syntax.SpanStart) is { } later)
                {
                    values["evidence"] = $"the `ClientCertificateValidation` callback set after it at line {CallbackScrutiny.LineOf(later)} validates client certificates instead";
                    output.Sound(call.Syntax, values);
                    continue;
                }
                if ((await context.FindCallsAsync(HandlerExtensions, "AddCertificate")) is [var handler, ..])
                {
                    var span = handler.GetLineSpan();
                    values["evidence"] = "client certificates are validated by the certificate authentication handler registered at "
                        + MarkdownInline.Location(context.RelativePath(span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Line + 1);
                    output.Sound(call.Syntax, values);
                    continue;
                }
                values["evidence"] = validations.LastOrDefault() is { } replaced
                    ? $"the `ClientCertificateValidation` callback set at line {CallbackScrutiny.LineOf(replaced)} is replaced by it, and no certificate authentication handler (`AddCertificate`) is registered in the solution"
                    : "no `ClientCertificateValidation` callback is set on these options after it, and no certificate authentication handler (`AddCertificate`) is registered in the solution";
                output.Finding(call.Syntax, member.DisplayName, values);
            }
        }
    }

    private static bool Assigns(ISimpleAssignmentOperation assignment, string property) =>
        SymbolNames.Qualified(((IPropertyReferenceOperation)assignment.Target).Property) == Options + "." + property;

    /// <summary>The variable, parameter, field or property that holds the options a call or assignment is made on.</summary>
    private static ISymbol? Holder(IOperation? instance) => instance switch
    {
        IConversionOperation conversion => Holder(conversion.Operand),
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property => property.Property,
        _ => null,
    };
}
