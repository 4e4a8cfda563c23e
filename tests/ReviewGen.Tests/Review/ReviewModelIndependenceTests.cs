using System.Reflection;
using ReviewGen.Review;

namespace ReviewGen.Tests.Review;

/// <summary>
/// The review model outlives the workspace: renderers run after it is disposed, and a model that kept a Document, a
/// symbol or a syntax node would keep the whole solution and its compilations in memory while the review is rendered.
/// Its types are walked, so a Roslyn-typed member added later fails here rather than in a memory profile.
/// </summary>
public sealed class ReviewModelIndependenceTests
{
    [Fact]
    public void No_type_reachable_from_the_model_is_a_Roslyn_type()
    {
        var roslyn = ReachableTypes(typeof(ReviewModel))
            .Where(t => t.Assembly.GetName().Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToArray();

        Assert.Empty(roslyn);
    }

    [Fact]
    public void The_model_holds_values_only_of_known_kinds()
    {
        // object or an interface of our own could hide a Roslyn object from the walk above.
        var opaque = ReachableTypes(typeof(ReviewModel))
            .Where(t => t == typeof(object) || (t.IsInterface && t.Assembly == typeof(ReviewModel).Assembly))
            .Select(t => t.FullName)
            .ToArray();

        Assert.Empty(opaque);
    }

    private static IEnumerable<Type> ReachableTypes(Type root)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([root]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }
            var parts = type.IsArray ? [type.GetElementType()!] : type.GetGenericArguments();
            foreach (var part in parts)
            {
                pending.Push(part);
            }
            if (type.Assembly == typeof(ReviewModel).Assembly)
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    pending.Push(property.PropertyType);
                }
                foreach (var field in type.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance))
                {
                    pending.Push(field.FieldType);
                }
            }
        }
        return seen;
    }
}
