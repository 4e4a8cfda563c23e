using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Code checks on certificate validation callbacks (any delegate the catalog marks as one, so every installation
/// point is covered; the errors are a parameter or a property of the single argument, see <see cref="CallbackErrors"/>). Lambdas, anonymous methods and method groups are followed to their body in any
/// file or project of the solution, and callbacks kept in fields, properties or locals are followed to where they
/// are installed. Findings point at the installation and name the body. Placeholders: {callback}, {installation},
/// {evidence}, {impersonation} (what accepting every certificate gives an attacker, for the side that installs it). The verdict is the rule's:
/// <list type="bullet">
/// <item>"accept-all-callback": returns <c>true</c> on every path and never throws;</item>
/// <item>"name-mismatch-callback": accepts when the only error is a host-name mismatch, without looking at the certificate;</item>
/// <item>"chain-errors-callback": accepts chain errors without looking at the certificate or building a chain of its own;</item>
/// <item>"fail-open-callback": a catch clause answers <c>true</c>;</item>
/// <item>"ignored-errors-callback": never reads its <c>SslPolicyErrors</c>, pins nothing and builds no chain, yet can
/// accept: whatever the platform found wrong passes its own test.</item>
/// </list>
/// One finding per callback: one that accepts everything is only the first rule's; one that ignores the errors is
/// only the last rule's, since the name, chain and fail-open verdicts all follow from it.
/// </summary>
public sealed class ValidationCallbackCheck : IRuleCheck
{
    public static IReadOnlyList<string> Names { get; } = ["accept-all-callback", "name-mismatch-callback", "chain-errors-callback", "fail-open-callback", "ignored-errors-callback"];

    private const ulong NameMismatch = 2;
    private const ulong ChainErrors = 4;
    private static readonly ulong[] EveryError = [0, 1, NameMismatch, ChainErrors];

    public bool AppliesTo(RuleDefinition rule) => rule.Match.Check is { } check && Names.Contains(check);

    public async Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var member in document.Members)
        {
            foreach (var operation in member.Operation.Descendants())
            {
                switch (operation)
                {
                    case IDelegateCreationOperation creation when context.Catalog.IsCallbackDelegate(creation.Type) && !CallbackStorage.IsStored(creation):
                        // new RemoteCertificateValidationCallback(_field) wraps a stored delegate: its target is the field itself.
                        if (CallbackStorage.StorageSymbol(creation.Target) is { } wrapped)
                        {
                            await JudgeStoredAsync(rule, creation, creation.Target, wrapped, member, document, output, context);
                        }
                        else if (await ResolveAsync(creation.Target, document, context) is { } callback)
                        {
                            Judge(rule, callback, creation.Target.Syntax, Installation(creation), CallbackSide.Impersonation(creation), [], member, document, output);
                        }
                        break;
                    case ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation
                        when context.Catalog.IsCallbackDelegate(operation.Type) && IsInstalledAsIs(operation) && CallbackStorage.StorageSymbol(operation) is { } storage:
                        await JudgeStoredAsync(rule, operation, operation, storage, member, document, output, context);
                        break;
                }
            }
        }
    }

    /// <summary>A callback read from the developer's storage and handed to the framework: judge every delegate ever stored there.</summary>
    private static async Task JudgeStoredAsync(RuleDefinition rule, IOperation installation, IOperation reader, ISymbol storage, MemberBody member, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        var through = $"{Installation(installation)} through {MarkdownInline.Code(storage.Name)}";
        foreach (var (creation, storedIn) in await CallbackStorage.DelegatesAsync(storage, reader, context))
        {
            if (await ResolveAsync(creation.Target, document, context) is not { } callback)
            {
                continue;
            }
            var stored = creation.Syntax.GetLocation().GetLineSpan();
            var storedAt = new RelatedSpan(context.RelativePath(stored.Path), stored.StartLinePosition.Line + 1, stored.EndLinePosition.Line + 1,
                $"stored in {storedIn.Name}");
            Judge(rule, callback, installation.Syntax, through, CallbackSide.Impersonation(installation), [storedAt], member, document, output);
        }
    }

    private static void Judge(RuleDefinition rule, ResolvedCallback callback, SyntaxNode installedAt, string installation, string impersonation,
        IReadOnlyList<RelatedSpan> related, MemberBody member, AnalyzedDocument document, CheckOutput output)
    {
        var everyPath = CallbackBody.Of(callback.Body);
        var scrutiny = callback.Errors is null || everyPath.AcceptsEverything ? null : CallbackScrutiny.Of(callback.Body, callback.Errors);
        var ignoresErrors = scrutiny is { ChecksNothing: true } && !everyPath.RejectsEverything;
        var evidence = rule.Match.Check switch
        {
            "accept-all-callback" => everyPath.AcceptsEverything ? "" : null,
            _ when scrutiny is null => null,
            "ignored-errors-callback" => ignoresErrors ? IgnoredErrors(callback.Errors!, everyPath) : null,
            _ when ignoresErrors => null,
            "name-mismatch-callback" => Accepting(callback, [NameMismatch], inCatch: false) is { } line
                ? $"it returns `true` at line {line} when the only error is `SslPolicyErrors.RemoteCertificateNameMismatch`" : null,
            "chain-errors-callback" => Accepting(callback, [ChainErrors], inCatch: false) is { } line
                ? $"it returns `true` at line {line} on `SslPolicyErrors.RemoteCertificateChainErrors` without building a chain of its own" : null,
            "fail-open-callback" => Accepting(callback, EveryError, inCatch: true) is { } line
                ? $"its catch clause returns `true` at line {line}" : null,
            _ => null,
        };
        // The errors rule speaks of the callbacks that check the certificate themselves; the others' observations come from the first rule.
        var sound = rule.Match.Check == "ignored-errors-callback" ? scrutiny?.OwnCheck(callback.Body) : Evidence(everyPath.FirstRejection);
        var values = new Dictionary<string, string>
        {
            ["callback"] = callback.Description,
            ["installation"] = installation,
            ["impersonation"] = impersonation,
            ["evidence"] = evidence is { Length: > 0 } ? evidence : sound ?? "",
        };
        var body = callback.Path == document.Path && related.Count == 0
            ? []
            : new[] { new RelatedSpan(callback.Path, callback.StartLine, callback.EndLine, "callback body") };
        if (evidence is not null)
        {
            output.Finding(installedAt, member.DisplayName, values, [.. related, .. body]);
        }
        else if (sound is not null)
        {
            output.Sound(installedAt, values);
        }
    }

    /// <summary>"it never reads its `SslPolicyErrors` parameter `errors`, pins nothing and builds no chain; it returns `certificate != null` at line 12".</summary>
    private static string IgnoredErrors(CallbackErrors errors, CallbackBody everyPath) =>
        $"it never reads {errors.Describe()}, pins nothing and builds no chain; {Evidence(everyPath.FirstRejection)}";

    /// <summary>The line of a path that accepts one of <paramref name="errors"/> without having looked at the certificate; null when none does.</summary>
    private static int? Accepting(ResolvedCallback callback, IReadOnlyList<ulong> errors, bool inCatch) =>
        errors.SelectMany(e => new CallbackPaths(callback.Errors!).Run(callback.Body, e))
            .Where(p => p.Accepts == true && !p.CheckedCertificate && p.InCatch == inCatch)
            .Select(p => p.Line)
            .Order()
            .FirstOrDefault() is var line and > 0 ? line : null;

    /// <summary>Passed to a framework method or assigned to a framework property, as it is (not wrapped in a new delegate).</summary>
    private static bool IsInstalledAsIs(IOperation reference)
    {
        var child = reference;
        for (var parent = reference.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IConversionOperation or IParenthesizedOperation:
                    continue;
                case IArgumentOperation { Parameter.ContainingSymbol: var callee }:
                    return !callee.Locations.Any(l => l.IsInSource);
                case IAssignmentOperation assignment when assignment.Value == child:
                    return assignment.Target is IPropertyReferenceOperation or IFieldReferenceOperation or IEventReferenceOperation
                        && CallbackStorage.StorageSymbol(assignment.Target) is null;
                case IEventAssignmentOperation { Adds: true }:
                    return true;
                default:
                    return false;
            }
        }
        return false;
    }

    /// <param name="Errors">Where the callback reads its <c>SslPolicyErrors</c>, when it has them.</param>
    private sealed record ResolvedCallback(IOperation Body, string Description, string Path, int StartLine, int EndLine, CallbackErrors? Errors);

    private static async Task<ResolvedCallback?> ResolveAsync(IOperation target, AnalyzedDocument document, RuleContext context)
    {
        switch (target)
        {
            case IAnonymousFunctionOperation lambda:
                var kind = lambda.Syntax is AnonymousMethodExpressionSyntax ? "an anonymous method" : "a lambda";
                var lines = lambda.Syntax.GetLocation().GetLineSpan();
                var (start, end) = (lines.StartLinePosition.Line + 1, lines.EndLinePosition.Line + 1);
                return new ResolvedCallback(lambda.Body, $"at {MarkdownInline.Lines(start, end)} ({kind})", document.Path, start, end, CallbackErrors.Of(lambda.Symbol));
            case IMethodReferenceOperation { Method: var method }:
                if (method.DeclaringSyntaxReferences is not [var reference, ..])
                {
                    return null;
                }
                var syntax = await reference.GetSyntaxAsync(context.CancellationToken);
                var model = await context.ModelForAsync(syntax.SyntaxTree, document.Model.Compilation);
                var body = model?.GetOperation(syntax, context.CancellationToken) switch
                {
                    IMethodBodyOperation m => (IOperation?)m.BlockBody ?? m.ExpressionBody,
                    ILocalFunctionOperation f => (IOperation?)f.Body ?? f.IgnoredBody,
                    _ => null,
                };
                if (body is null)
                {
                    return null;
                }
                var span = syntax.GetLocation().GetLineSpan();
                var path = context.RelativePath(span.Path);
                var (first, last) = (span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1);
                var name = method.MethodKind == MethodKind.LocalFunction ? method.Name : SymbolNames.Short(method);
                return new ResolvedCallback(body, $"{MarkdownInline.Code(name)} ({MarkdownInline.Location(path, first, last)})", path, first, last, CallbackErrors.Of(method));
            default:
                return null;
        }
    }

    private static string Installation(IOperation installed)
    {
        var child = installed;
        for (var parent = installed.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IConversionOperation or IParenthesizedOperation:
                    continue;
                case IArgumentOperation argument:
                    return $"passed to {ValueTarget.Callee(argument)}";
                case ICompoundAssignmentOperation or IEventAssignmentOperation { Adds: true }:
                    var added = parent is ICompoundAssignmentOperation compound ? compound.Target : ((IEventAssignmentOperation)parent).EventReference;
                    return $"added to {ValueTarget.AssignedTo(added)}";
                case IAssignmentOperation assignment when assignment.Value == child:
                    return $"assigned to {ValueTarget.AssignedTo(assignment.Target)}";
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return $"stored in the variable {MarkdownInline.Code(declarator.Symbol.Name)}";
                case IFieldInitializerOperation { InitializedFields: [var field, ..] }:
                    return $"stored in {CodeText.Quote(field)}";
                case IPropertyInitializerOperation { InitializedProperties: [var property, ..] }:
                    return $"stored in {CodeText.Quote(property)}";
                default:
                    return "created here";
            }
        }
        return "created here";
    }

    private static string Evidence(IOperation? rejection)
    {
        if (rejection is null)
        {
            return "it returns no constant `true` on some path";
        }
        var line = rejection.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        return rejection switch
        {
            IReturnOperation { ReturnedValue: { } value } => $"it returns {CodeText.Quote(value.Syntax)} at line {line}",
            _ => $"it throws at line {line}",
        };
    }
}
