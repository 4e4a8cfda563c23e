namespace ReviewGen.Review;

/// <summary>
/// Joins two judgements of the same subject into one sentence: "The validation callback `X`, assigned to `Y`, can
/// reject a certificate: …, and checks the certificate itself: …." Two rules that examined one callback would
/// otherwise repeat its name, body and installation word for word.
/// </summary>
public static class SharedSubject
{
    /// <summary>A shorter shared start is a coincidence ("The "), not a subject.</summary>
    private const int ShortestSubject = 24;

    /// <summary>The joined sentence, or null when the two do not start with the same clause.</summary>
    public static string? Join(string first, string second)
    {
        var cut = SubjectEnd(first, second);
        if (cut < ShortestSubject || !first.EndsWith('.') || !second.EndsWith('.'))
        {
            return null;
        }
        var firstRest = first[cut..^1];
        return firstRest.Contains(". ", StringComparison.Ordinal) ? null : $"{first[..cut]}{firstRest}, and {second[cut..]}";
    }

    /// <summary>
    /// Where the common start of both texts ends after its last ", " outside a code span: cutting inside a span
    /// would leave its backticks unbalanced.
    /// </summary>
    private static int SubjectEnd(string first, string second)
    {
        var common = 0;
        while (common < first.Length && common < second.Length && first[common] == second[common])
        {
            common++;
        }
        var end = 0;
        var fence = 0;
        for (var i = 0; i < common; i++)
        {
            if (first[i] == '`')
            {
                var run = 1;
                while (i + run < first.Length && first[i + run] == '`')
                {
                    run++;
                }
                fence = fence == 0 ? run : fence == run ? 0 : fence;
                i += run - 1;
            }
            else if (fence == 0 && first[i] == ',' && i + 1 < common && first[i + 1] == ' ')
            {
                end = i + 2;
            }
        }
        return end;
    }
}
