using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>
/// Which peer a validation callback judges, from where it is installed: a client's options and handlers validate
/// the server, a server's options validate clients. An <c>SslStream</c> constructor serves both sides, so a
/// callback passed there has no side until the handshake call, which this does not follow.
/// </summary>
public static class CallbackSide
{
    private static readonly HashSet<string> ClientOwners =
    [
        "System.Net.Security.SslClientAuthenticationOptions",
        "System.Net.Http.HttpClientHandler",
        "System.Net.Http.WinHttpHandler",
        "System.Net.ServicePointManager",
        "System.Net.HttpWebRequest",
        "System.Net.WebSockets.ClientWebSocketOptions",
        "MailKit.MailService",
        "MQTTnet.MqttClientTlsOptions",
        "MQTTnet.MqttClientTlsOptionsBuilder",
        "StackExchange.Redis.ConfigurationOptions",
    ];

    private static readonly HashSet<string> ServerOwners =
    [
        "System.Net.Security.SslServerAuthenticationOptions",
        "Microsoft.AspNetCore.Server.Kestrel.Https.HttpsConnectionAdapterOptions",
    ];

    /// <summary>What an attacker gains when the callback accepts every certificate, worded for its side.</summary>
    public static string Impersonation(IOperation installed) => Owner(installed) switch
    {
        { } owner when ClientOwners.Contains(owner) => "an attacker in the middle can impersonate the server",
        { } owner when ServerOwners.Contains(owner) => "a client with any certificate at all, including one an attacker made, is taken for a client the server trusts",
        _ => "an attacker in the middle can impersonate a server to a client, or present any client certificate to a server that requires one",
    };

    /// <summary>The type whose property, event or method parameter receives the callback; null when it is none of these.</summary>
    private static string? Owner(IOperation installed)
    {
        var child = installed;
        for (var parent = installed.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IConversionOperation or IParenthesizedOperation or IDelegateCreationOperation:
                    continue;
                case IArgumentOperation { Parameter.ContainingSymbol.ContainingType: { } callee }:
                    return SymbolNames.Qualified(callee);
                case IEventAssignmentOperation { EventReference: var added }:
                    return Declaring(added);
                case ICompoundAssignmentOperation { Target: var added }:
                    return Declaring(added);
                case IAssignmentOperation assignment when assignment.Value == child:
                    return Declaring(assignment.Target);
                default:
                    return null;
            }
        }
        return null;
    }

    private static string? Declaring(IOperation target) => target switch
    {
        IMemberReferenceOperation { Member.ContainingType: { } owner } => SymbolNames.Qualified(owner),
        _ => null,
    };
}
