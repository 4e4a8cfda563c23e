using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>
/// Data check that states settings, never flags them: where code creates a listed type and never sets the property
/// in the member, or calls a listed method without the parameter, an observation names the runtime default for the project's target
/// frameworks. A constant whose meaning the rule lists is stated too. An object that leaves the member (returned,
/// stored in a field, handed to the solution's own code) may be set elsewhere, so it is not described; nor is an
/// object a framework hands to a callback, which the framework has already configured. A library hook listed as an
/// override is stated on each class of the document that derives from its type and overrides it nowhere in source, and
/// on each override that returns one listed constant on every path.
/// </summary>
public sealed class SettingDefaultsCheck : IRuleCheck
{
    public bool AppliesTo(RuleDefinition rule) => rule.Match.SettingDefaults.Count > 0;

    /// <remarks>
    /// The frameworks are those of every compilation of the project that holds the place, not only the one being
    /// analyzed: a multi-targeted project's targets compiled apart still share one sentence for a shared line.
    /// </remarks>
    public async Task RunAsync(RuleDefinition rule, AnalyzedDocument document, CheckOutput output, RuleContext context)
    {
        foreach (var match in rule.Match.SettingDefaults.Where(m => m.Override is not null))
        {
            LibraryHooks.Describe(match, document, output);
        }
        foreach (var member in document.Members)
        {
            foreach (var operation in member.Operation.Descendants())
            {
                foreach (var match in rule.Match.SettingDefaults.Where(m => m.Override is null))
                {
                    if (Unset(match, operation, member.Operation) is { } unset)
                    {
                        var frameworks = await context.TargetFrameworksAtAsync(document.Document, operation.Syntax);
                        if (RuntimeDefaults.Describe(match, frameworks) is { } defaults)
                        {
                            output.Observation(operation.Syntax, $"{unset}: {defaults}.");
                        }
                    }
                    else if (Given(match, operation) is var (target, value) && Meaning(match, value) is { } meaning)
                    {
                        output.Observation(value.Syntax, $"{target} is given {CodeText.Quote(value.Syntax)}: {meaning}.");
                    }
                }
            }
        }
    }


    /// <summary>The sentence's subject when <paramref name="operation"/> leaves the setting unset, else null.</summary>
    private static string? Unset(SettingDefaultsMatch match, IOperation operation, IOperation body)
    {
        if (match.Method is not null)
        {
            return operation is IInvocationOperation invocation && Omits(invocation, match)
                ? $"{CodeText.Quote(invocation.TargetMethod)} is called without {MarkdownInline.Code(match.Parameter!)}"
                : null;
        }
        var path = match.Property!.Split('.');
        var type = match.Type!;
        var subject = $"{MarkdownInline.Code(type[(type.LastIndexOf('.') + 1)..] + "." + match.Property)} is left unset";
        switch (operation)
        {
            case IObjectCreationOperation creation when IsOrDerives(creation.Type, type):
                if (SetsIn(creation.Initializer, path))
                {
                    return null;
                }
                return Holder(creation) switch
                {
                    Held.Local(var local) when !Escapes(local, body) && !SetLater(local, body, path) => subject,
                    Held.LibraryArgument => subject,
                    _ => null,
                };
            default:
                return null;
        }
    }

    /// <summary>A call of the listed method whose optional argument is left out, or a shorter overload of one that takes it.</summary>
    private static bool Omits(IInvocationOperation invocation, SettingDefaultsMatch match)
    {
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        if (SymbolNames.Qualified(method) != match.Method || !Identified(invocation, match))
        {
            return false;
        }
        if (method.Parameters.Any(p => p.Name == match.Parameter))
        {
            return invocation.Arguments.Any(a => a.Parameter?.Name == match.Parameter && a.ArgumentKind == ArgumentKind.DefaultValue);
        }
        var names = method.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>()
            .Any(o => o.Parameters.Any(p => p.Name == match.Parameter) && names.IsSubsetOf(o.Parameters.Select(p => p.Name)));
    }

    /// <summary>Where a listed setting is given a value in code: (how the review names it, the value).</summary>
    private static (string Target, IOperation Value)? Given(SettingDefaultsMatch match, IOperation operation)
    {
        if (match.Method is not null)
        {
            return operation is IArgumentOperation { ArgumentKind: not ArgumentKind.DefaultValue, Parameter: { } parameter, Parent: IInvocationOperation invocation } argument
                   && parameter.Name == match.Parameter && SymbolNames.Qualified(invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod) == match.Method
                   && Identified(invocation, match)
                ? (ValueTarget.Argument(argument) + Naming(invocation, match), argument.Value)
                : null;
        }
        if (operation is not IAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
        {
            return null;
        }
        var path = match.Property!.Split('.');
        IOperation? first = target;
        for (var i = path.Length - 1; i >= 0; i--)
        {
            if (first is not IPropertyReferenceOperation property || property.Property.Name != path[i])
            {
                return null;
            }
            if (i > 0)
            {
                first = property.Instance;
            }
        }
        var owner = first is IPropertyReferenceOperation { Instance.Type: { } instanceType } ? instanceType : ((IPropertyReferenceOperation)first!).Property.ContainingType;
        return IsOrDerives(owner, match.Type!) ? (ValueTarget.AssignedTo(target), assignment.Value) : null;
    }

    /// <summary>" for `"System.Net.Security.DisableTlsResume"`": the arguments that say which setting the call is about; empty when none do.</summary>
    private static string Naming(IInvocationOperation invocation, SettingDefaultsMatch match) =>
        string.Concat(match.Arguments.Select(expected => " for " + CodeText.Quote(invocation.Arguments.First(a => a.Parameter?.Name == expected.Parameter).Value.Syntax)));

    /// <summary>Whether the call's other arguments name the listed setting (the switch name of <c>AppContext.SetSwitch</c>).</summary>
    private static bool Identified(IInvocationOperation invocation, SettingDefaultsMatch match) =>
        match.Arguments.All(expected => invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == expected.Parameter)?.Value.ConstantValue is { HasValue: true } given
                                        && RuleConstant.Matches(expected.Value, given.Value));

    /// <summary>What the listed meanings say of a constant value (null included); null when the value is not a listed constant.</summary>
    internal static string? Meaning(SettingDefaultsMatch match, IOperation value)
    {
        if (!value.ConstantValue.HasValue)
        {
            return null;
        }
        var constant = value.ConstantValue.Value;
        var key = constant switch
        {
            null => "null",
            bool flag => flag ? "true" : "false",
            _ when value.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType =>
                enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, constant))?.Name,
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => constant.ToString(),
        };
        return key is not null && match.Meanings.TryGetValue(key, out var meaning) ? meaning : null;
    }

    private abstract record Held
    {
        public sealed record Local(ILocalSymbol Symbol) : Held;

        public sealed record LibraryArgument : Held;

        public sealed record Elsewhere : Held;
    }

    /// <summary>What receives a new object: a local, a library call's argument (nothing else can reach it), or something the member does not own.</summary>
    private static Held Holder(IObjectCreationOperation creation)
    {
        return ValueUse.Of(creation).User switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => new Held.Local(declarator.Symbol),
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => new Held.Local(local.Local),
            IArgumentOperation { Parent: IInvocationOperation or IObjectCreationOperation } argument when IsLibrary(argument.Parent) => new Held.LibraryArgument(),
            _ => new Held.Elsewhere(),
        };
    }

    private static bool IsLibrary(IOperation? call) => call switch
    {
        IInvocationOperation invocation => invocation.TargetMethod.Locations.All(l => !l.IsInSource),
        IObjectCreationOperation { Constructor: { } ctor } => ctor.Locations.All(l => !l.IsInSource),
        _ => false,
    };

    /// <summary>The object leaves the member: returned, stored, captured by the solution's own code, or passed to it.</summary>
    private static bool Escapes(ISymbol holder, IOperation body) =>
        body.Descendants().Any(o => IsReference(o, holder) && o.Parent switch
        {
            IReturnOperation => true,
            ISimpleAssignmentOperation assignment => assignment.Value == o,
            IVariableInitializerOperation => true,
            IArgumentOperation argument => !IsLibrary(argument.Parent),
            IConversionOperation => true,
            _ => false,
        });

    /// <summary>An assignment to the property path (or to any of its prefixes) through <paramref name="holder"/> in the member.</summary>
    private static bool SetLater(ISymbol holder, IOperation body, IReadOnlyList<string> path) =>
        body.Descendants().OfType<IAssignmentOperation>().Any(a => a.Target is IPropertyReferenceOperation target && Reaches(target, holder, path));

    private static bool Reaches(IPropertyReferenceOperation target, ISymbol holder, IReadOnlyList<string> path)
    {
        var chain = new List<string>();
        IOperation? current = target;
        while (current is IPropertyReferenceOperation property)
        {
            chain.Insert(0, property.Property.Name);
            current = property.Instance;
        }
        return current is not null && IsReference(current, holder) && chain.Count <= path.Count && chain.SequenceEqual(path.Take(chain.Count), StringComparer.Ordinal);
    }

    /// <summary>Whether the initializer sets the path, or any prefix of it (SslOptions replaced by an object judged on its own).</summary>
    private static bool SetsIn(IObjectOrCollectionInitializerOperation? initializer, IReadOnlyList<string> path)
    {
        if (initializer is null)
        {
            return false;
        }
        foreach (var child in initializer.Initializers)
        {
            switch (child)
            {
                case IAssignmentOperation { Target: IPropertyReferenceOperation property } when property.Property.Name == path[0]:
                    return true;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } nested when property.Property.Name == path[0]:
                    return path.Count == 1 || SetsIn(nested.Initializer, path.Skip(1).ToArray());
            }
        }
        return false;
    }

    private static bool IsReference(IOperation operation, ISymbol holder) => operation switch
    {
        ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, holder),
        IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, holder),
        _ => false,
    };

    private static bool IsOrDerives(ITypeSymbol? type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolNames.Qualified(current) == name)
            {
                return true;
            }
        }
        return false;
    }
}
