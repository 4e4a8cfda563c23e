using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReviewGen.Rules;

/// <summary>
/// What uses a value, past the conversions and parentheses around it, and the operation it is used through: a
/// check asks "is this the instance of a call?" of <see cref="Via"/>, not of the value itself.
/// </summary>
/// <param name="Via">The value, or the outermost conversion or parenthesis wrapping it.</param>
/// <param name="User">The operation that takes <see cref="Via"/>; null at the root.</param>
public readonly record struct ValueUse(IOperation Via, IOperation? User)
{
    public static ValueUse Of(IOperation value)
    {
        var via = value;
        var user = value.Parent;
        while (user is IConversionOperation or IParenthesizedOperation)
        {
            (via, user) = (user, user.Parent);
        }
        return new ValueUse(via, user);
    }
}
