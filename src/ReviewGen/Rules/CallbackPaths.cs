using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReviewGen.Rules;

/// <summary>How one path through a validation callback ends, for one value of its <c>SslPolicyErrors</c> argument.</summary>
/// <param name="Accepts">True: returns true; false: returns false or throws; null: depends on something not known here.</param>
/// <param name="CheckedCertificate">The path looked at the certificate or chain itself (pinning, its own chain) on the way.</param>
/// <param name="InCatch">The path runs in a catch clause: the callback failed and answered anyway.</param>
/// <param name="Line">The line where the path ends (its return or throw); 0 when it ends in a way not followed.</param>
public sealed record CallbackPath(bool? Accepts, bool CheckedCertificate, bool InCatch, int Line);

/// <summary>
/// Runs a validation callback's body with its <c>SslPolicyErrors</c> (<see cref="CallbackErrors"/>) bound to one value, following
/// if/else, returns, throws, try/catch and local variables, and evaluating what depends only on that argument and
/// on constants. Anything else is unknown, and both branches of an unknown condition are followed, so a path that
/// accepts is reported only when it accepts without depending on anything but the errors.
/// </summary>
public sealed class CallbackPaths(CallbackErrors errorsSource)
{
    private const int MostStates = 256;

    private sealed record State(ImmutableDictionary<ILocalSymbol, object?> Locals, bool CheckedCertificate, bool InCatch, CallbackPath? Ended);

    public IReadOnlyList<CallbackPath> Run(IOperation body, ulong errors)
    {
        var start = new State(ImmutableDictionary.Create<ILocalSymbol, object?>(SymbolEqualityComparer.Default), false, false, null);
        return Exec(body, start, errors).Select(s => s.Ended ?? new CallbackPath(null, s.CheckedCertificate, s.InCatch, 0)).Distinct().ToArray();
    }

    private IEnumerable<State> Exec(IOperation statement, State state, ulong errors)
    {
        switch (statement)
        {
            case IBlockOperation block:
                IEnumerable<State> states = [state];
                foreach (var inner in block.Operations)
                {
                    var next = states.SelectMany(s => s.Ended is null ? Exec(inner, s, errors) : [s]).ToArray();
                    if (next.Length > MostStates)
                    {
                        return [state with { Ended = new CallbackPath(null, state.CheckedCertificate, state.InCatch, 0) }];
                    }
                    states = next;
                }
                return states;
            case IReturnOperation { ReturnedValue: { } value }:
                var returned = Eval(value, state, errors) as bool?;
                return [state with { Ended = new CallbackPath(returned, state.CheckedCertificate || ReadsCertificate(value), state.InCatch, LineOf(statement)) }];
            case IThrowOperation or IExpressionStatementOperation { Operation: IThrowOperation }:
                return [state with { Ended = new CallbackPath(false, state.CheckedCertificate, state.InCatch, LineOf(statement)) }];
            case IConditionalOperation { Type: null } branch:
                var condition = Eval(branch.Condition, state, errors) as bool?;
                var checkedHere = state with { CheckedCertificate = state.CheckedCertificate || ReadsCertificate(branch.Condition) };
                var whenTrue = condition is false ? [] : Exec(branch.WhenTrue, checkedHere, errors);
                var whenFalse = condition is true ? [] : branch.WhenFalse is { } otherwise ? Exec(otherwise, checkedHere, errors) : [checkedHere];
                return whenTrue.Concat(whenFalse);
            case IVariableDeclarationGroupOperation group:
                var locals = state.Locals;
                foreach (var declarator in group.Declarations.SelectMany(d => d.Declarators))
                {
                    locals = locals.SetItem(declarator.Symbol, declarator.Initializer is { } init ? Eval(init.Value, state, errors) : null);
                }
                return [state with { Locals = locals, CheckedCertificate = state.CheckedCertificate || ReadsCertificate(group) }];
            case IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment }:
                return [state with { Locals = state.Locals.SetItem(local.Local, Eval(assignment.Value, state, errors)),
                    CheckedCertificate = state.CheckedCertificate || ReadsCertificate(assignment.Value) }];
            case ITryOperation attempt:
                var normal = Exec(attempt.Body, state, errors);
                var failed = attempt.Catches.SelectMany(c => Exec(c.Handler, state with { InCatch = true }, errors));
                return normal.Concat(failed);
            case IUsingOperation or ILockOperation:
                return Exec(statement.ChildOperations.Last(), state, errors);
            case ILocalFunctionOperation:
                return [state];
            default:
                var checkedState = state with { CheckedCertificate = state.CheckedCertificate || ReadsCertificate(statement) };
                // A loop or switch that may return is not followed: it ends some paths in an unknown way.
                return Ends(statement)
                    ? [checkedState with { Ended = new CallbackPath(null, checkedState.CheckedCertificate, state.InCatch, 0) }, checkedState]
                    : [checkedState];
        }
    }

    /// <summary>A bool, an enum or integer as its bits, or null when it is not known.</summary>
    private object? Eval(IOperation operation, State state, ulong errors)
    {
        if (operation.ConstantValue is { HasValue: true, Value: var constant })
        {
            return constant switch
            {
                bool b => b,
                null => null,
                string => null,
                _ when constant is IConvertible => unchecked((ulong)Convert.ToInt64(constant, System.Globalization.CultureInfo.InvariantCulture)),
                _ => null,
            };
        }
        switch (operation)
        {
            case IParameterReferenceOperation or IPropertyReferenceOperation when errorsSource.IsRead(operation):
                return errors;
            case ILocalReferenceOperation local:
                return state.Locals.GetValueOrDefault(local.Local);
            case IConversionOperation conversion:
                return Eval(conversion.Operand, state, errors);
            case IParenthesizedOperation parenthesized:
                return Eval(parenthesized.Operand, state, errors);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return Eval(not.Operand, state, errors) is bool b ? !b : null;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.BitwiseNegation } negation:
                return Eval(negation.Operand, state, errors) is ulong u ? ~u : null;
            case IBinaryOperation binary:
                return Binary(binary, state, errors);
            case IInvocationOperation { TargetMethod.Name: "HasFlag", Instance: { } instance, Arguments: [var flag] }:
                return Eval(instance, state, errors) is ulong value && Eval(flag.Value, state, errors) is ulong bits ? (value & bits) == bits : null;
            case IIsPatternOperation isPattern:
                return Matches(Eval(isPattern.Value, state, errors), isPattern.Pattern, state, errors);
            case IConditionalOperation { Type: not null } ternary:
                return Eval(ternary.Condition, state, errors) switch
                {
                    true => Eval(ternary.WhenTrue, state, errors),
                    false => Eval(ternary.WhenFalse!, state, errors),
                    _ => null,
                };
            default:
                return null;
        }
    }

    private object? Binary(IBinaryOperation binary, State state, ulong errors)
    {
        var left = Eval(binary.LeftOperand, state, errors);
        if (binary.OperatorKind == BinaryOperatorKind.ConditionalAnd && left is false)
        {
            return false;
        }
        if (binary.OperatorKind == BinaryOperatorKind.ConditionalOr && left is true)
        {
            return true;
        }
        var right = Eval(binary.RightOperand, state, errors);
        return (binary.OperatorKind, left, right) switch
        {
            (BinaryOperatorKind.ConditionalAnd, _, false) => false,
            (BinaryOperatorKind.ConditionalOr, _, true) => true,
            (_, null, _) or (_, _, null) => null,
            (BinaryOperatorKind.Equals, _, _) => Equals(left, right),
            (BinaryOperatorKind.NotEquals, _, _) => !Equals(left, right),
            (BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And, bool l, bool r) => l && r,
            (BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or, bool l, bool r) => l || r,
            (BinaryOperatorKind.And, ulong l, ulong r) => l & r,
            (BinaryOperatorKind.Or, ulong l, ulong r) => l | r,
            (BinaryOperatorKind.ExclusiveOr, ulong l, ulong r) => l ^ r,
            _ => null,
        };
    }

    private bool? Matches(object? value, IPatternOperation pattern, State state, ulong errors) => pattern switch
    {
        IConstantPatternOperation constant => value is null || Eval(constant.Value, state, errors) is not { } expected ? null : Equals(value, expected),
        INegatedPatternOperation negated => Matches(value, negated.Pattern, state, errors) is bool b ? !b : null,
        IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } either =>
            (Matches(value, either.LeftPattern, state, errors), Matches(value, either.RightPattern, state, errors)) switch
            {
                (true, _) or (_, true) => true,
                (false, false) => false,
                _ => null,
            },
        IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } both =>
            (Matches(value, both.LeftPattern, state, errors), Matches(value, both.RightPattern, state, errors)) switch
            {
                (false, _) or (_, false) => false,
                (true, true) => true,
                _ => null,
            },
        _ => null,
    };

    /// <summary>Whether code looks at the certificate or a chain: a value of an X.509 certificate or chain type.</summary>
    private static bool ReadsCertificate(IOperation operation) =>
        operation.DescendantsAndSelf().Any(o => o.Type is { } type && IsCertificateType(type));

    private static bool IsCertificateType(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography.X509Certificates"
                && current.Name is "X509Certificate" or "X509Chain" or "X509ChainElement")
            {
                return true;
            }
        }
        return false;
    }

    private static int LineOf(IOperation statement) => statement.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    private static bool Ends(IOperation statement) =>
        statement.Descendants().Any(o => o is IReturnOperation or IThrowOperation);
}
