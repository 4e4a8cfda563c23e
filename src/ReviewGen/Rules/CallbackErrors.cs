using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Where a validation callback reads the platform's verdict: its <c>SslPolicyErrors</c> parameter
/// (<c>RemoteCertificateValidationCallback</c>), or, for a callback that takes one event-arguments object, that
/// object's <c>SslPolicyErrors</c> property (MQTTnet's <c>Func&lt;MqttClientCertificateValidationEventArgs, bool&gt;</c>
/// reads <c>args.SslPolicyErrors</c>). Either way the callbacks are judged alike.
/// </summary>
/// <param name="Parameter">The parameter that is, or carries, the errors.</param>
/// <param name="Property">The property of <paramref name="Parameter"/> that holds them; null when the parameter is the errors.</param>
public sealed record CallbackErrors(IParameterSymbol Parameter, IPropertySymbol? Property)
{
    public static CallbackErrors? Of(IMethodSymbol method)
    {
        if (method.Parameters.FirstOrDefault(p => IsSslPolicyErrors(p.Type)) is { } parameter)
        {
            return new CallbackErrors(parameter, null);
        }
        return method.Parameters is [var single]
            && single.Type.GetMembers().OfType<IPropertySymbol>().FirstOrDefault(p => !p.IsStatic && IsSslPolicyErrors(p.Type)) is { } property
            ? new CallbackErrors(single, property)
            : null;
    }

    /// <summary>The operation reads the errors: the parameter itself, or the property on the parameter.</summary>
    public bool IsRead(IOperation operation) => Property is null
        ? operation is IParameterReferenceOperation p && SymbolEqualityComparer.Default.Equals(p.Parameter, Parameter)
        : operation is IPropertyReferenceOperation { Instance: IParameterReferenceOperation owner } read
            && SymbolEqualityComparer.Default.Equals(read.Property, Property)
            && SymbolEqualityComparer.Default.Equals(owner.Parameter, Parameter);

    /// <summary>Markdown naming what is never read: "its `SslPolicyErrors` parameter `errors`", "`args.SslPolicyErrors`".</summary>
    public string Describe()
    {
        if (Property is not null)
        {
            return MarkdownInline.Code($"{Parameter.Name}.{Property.Name}");
        }
        var name = Parameter.Name is "_" or "" ? "" : $" {MarkdownInline.Code(Parameter.Name)}";
        return $"its `SslPolicyErrors` parameter{name}";
    }

    private static bool IsSslPolicyErrors(ITypeSymbol type) =>
        type.Name == "SslPolicyErrors" && type.ContainingNamespace?.ToDisplayString() == "System.Net.Security";
}
