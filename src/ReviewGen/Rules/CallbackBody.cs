using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ReviewGen.Rules;

/// <summary>
/// What a validation callback's body does on its paths: the values it returns and whether it can throw. Nested
/// lambdas and local functions are other bodies and are not followed.
/// </summary>
public sealed record CallbackBody(IReadOnlyList<IReturnOperation> Returns, IReadOnlyList<IOperation> Throws)
{
    public static CallbackBody Of(IOperation body)
    {
        var returns = new List<IReturnOperation>();
        var throws = new List<IOperation>();
        Walk(body);
        return new CallbackBody(returns, throws);

        void Walk(IOperation operation)
        {
            switch (operation)
            {
                case IReturnOperation { ReturnedValue: not null } @return when IsReachable(@return):
                    returns.Add(@return);
                    break;
                case IThrowOperation when IsReachable(operation):
                    throws.Add(operation);
                    break;
            }
            foreach (var child in operation.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    Walk(child);
                }
            }
        }
    }

    /// <summary>
    /// Code after an unconditional <c>return true;</c> (a check commented back out of use) never runs: only statements
    /// the compiler can reach count. An expression-bodied return is always reached.
    /// </summary>
    private static bool IsReachable(IOperation operation) =>
        operation.Syntax is not StatementSyntax statement || operation.SemanticModel is not { } model
        || model.AnalyzeControlFlow(statement) is not { Succeeded: true } flow || flow.StartPointIsReachable;

    /// <summary>Returns the constant <c>true</c> on every path and never throws.</summary>
    public bool AcceptsEverything =>
        Returns.Count > 0 && Throws.Count == 0 && Returns.All(r => r.ReturnedValue!.ConstantValue is { HasValue: true, Value: true });

    /// <summary>Returns the constant <c>false</c> on every path, or throws: it accepts nothing.</summary>
    public bool RejectsEverything => Returns.All(r => r.ReturnedValue!.ConstantValue is { HasValue: true, Value: false });

    /// <summary>The first place that can reject: a throw, or a return of anything but the constant <c>true</c>.</summary>
    public IOperation? FirstRejection =>
        Throws.Concat(Returns.Where(r => r.ReturnedValue!.ConstantValue is not { HasValue: true, Value: true }))
            .OrderBy(o => o.Syntax.SpanStart)
            .FirstOrDefault();
}
