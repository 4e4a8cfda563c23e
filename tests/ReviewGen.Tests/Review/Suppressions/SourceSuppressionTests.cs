using ReviewGen.Review;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Review.Suppressions;

/// <summary>
/// The three ways to suppress a finding in the code, each with the cases that must not suppress beside the ones that
/// must. Every fixture flags <c>SslProtocols.Ssl3</c> (RG0003) once, on the line marked <c>// flagged</c>.
/// </summary>
public sealed class SourceSuppressionTests
{
    private static async Task<ReviewModel> ReviewAsync(string code) => await InMemorySolution.ReviewAsync(null, ("Protocols.cs", code));

    private static SuppressedFinding AssertSuppressed(ReviewModel review, string syntax, string? justification, int line)
    {
        Assert.Empty(review.Findings);
        var suppressed = Assert.Single(review.Suppressed);
        Assert.Equal("RG0003", suppressed.Finding.RuleId);
        Assert.Equal("S1", suppressed.Finding.Id);
        Assert.Equal(SuppressedFinding.InSource, suppressed.Kind);
        Assert.Equal(syntax, suppressed.Syntax);
        Assert.Equal(justification, suppressed.Justification);
        Assert.Equal(new SourceLocation("Protocols.cs", line, line), suppressed.Location);
        return suppressed;
    }

    private static void AssertActive(ReviewModel review)
    {
        var finding = Assert.Single(review.Findings);
        Assert.Equal("RG0003", finding.RuleId);
        Assert.Empty(review.Suppressed);
    }

    [Fact]
    public async Task An_ignore_comment_on_the_line_suppresses_with_its_reason()
    {
        var review = await ReviewAsync("""
            using System.Security.Authentication;

            public static class Protocols
            {
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // reviewgen-ignore RG0003: the appliance speaks nothing newer
            }
            """);

        AssertSuppressed(review, "reviewgen-ignore", "the appliance speaks nothing newer", 5);
        Assert.DoesNotContain(review.Scope.LoadProblems, p => p.Source == "suppression");
    }

    [Fact]
    public async Task An_ignore_comment_alone_on_the_line_above_suppresses_and_may_name_several_rules()
    {
        var review = await ReviewAsync("""
            using System.Security.Authentication;

            public static class Protocols
            {
                // reviewgen-ignore RG0001, RG0003: kept for the appliance
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
            }
            """);

        AssertSuppressed(review, "reviewgen-ignore", "kept for the appliance", 5);
    }

    [Fact]
    public async Task An_ignore_comment_two_lines_above_does_not_suppress()
    {
        var review = await ReviewAsync("""
            using System.Security.Authentication;

            public static class Protocols
            {
                // reviewgen-ignore RG0003: meant for something else

                public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
            }
            """);

        AssertActive(review);
    }

    [Fact]
    public async Task An_ignore_comment_for_another_rule_does_not_suppress()
    {
        var review = await ReviewAsync("""
            using System.Security.Authentication;

            public static class Protocols
            {
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // reviewgen-ignore RG0001: wrong rule
            }
            """);

        AssertActive(review);
    }

    [Fact]
    public async Task An_ignore_comment_after_code_on_the_line_above_belongs_to_that_code()
    {
        var review = await ReviewAsync("""
            using System.Security.Authentication;

            public static class Protocols
            {
                public static int Version() => 1; // reviewgen-ignore RG0003: about the line it ends
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
            }
            """);

        AssertActive(review);
    }

    [Fact]
    public async Task An_ignore_comment_without_a_reason_suppresses_and_is_reported()
    {
        var review = await ReviewAsync("""
            using System.Security.Authentication;

            public static class Protocols
            {
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // reviewgen-ignore RG0003
            }
            """);

        AssertSuppressed(review, "reviewgen-ignore", null, 5);
        var problem = Assert.Single(review.Scope.LoadProblems, p => p.Source == "suppression");
        Assert.Equal("warning", problem.Severity);
        Assert.Equal("Protocols.cs", problem.Path);
        Assert.Contains("RG0003", problem.Message);
        Assert.Contains("line 5", problem.Message);
    }

    [Fact]
    public async Task A_pragma_suppresses_until_restored_and_its_trailing_comment_is_the_reason()
    {
        var review = await ReviewAsync("""
            using System.Security.Authentication;

            public static class Protocols
            {
            #pragma warning disable RG0003 // the appliance speaks nothing newer
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
            #pragma warning restore RG0003
            }
            """);

        AssertSuppressed(review, "pragma", "the appliance speaks nothing newer", 5);
    }

    [Fact]
    public async Task A_pragma_restored_before_the_finding_does_not_suppress()
    {
        var review = await ReviewAsync("""
            using System.Security.Authentication;

            public static class Protocols
            {
            #pragma warning disable RG0003 // only the next member
                public static int Version() => 1;
            #pragma warning restore RG0003
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
            }
            """);

        AssertActive(review);
    }

    [Fact]
    public async Task A_pragma_that_names_no_rule_does_not_suppress()
    {
        var review = await ReviewAsync("""
            using System.Security.Authentication;

            #pragma warning disable
            public static class Protocols
            {
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
            }
            """);

        AssertActive(review);
    }

    [Fact]
    public async Task A_pragma_without_a_comment_suppresses_and_is_reported()
    {
        var review = await ReviewAsync("""
            using System.Security.Authentication;

            #pragma warning disable RG0003
            public static class Protocols
            {
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
            }
            """);

        AssertSuppressed(review, "pragma", null, 3);
        Assert.Contains(review.Scope.LoadProblems, p => p.Source == "suppression" && p.Message.Contains("line 3"));
    }

    [Fact]
    public async Task SuppressMessage_on_the_member_suppresses_with_its_justification_and_a_titled_check_id()
    {
        var review = await ReviewAsync("""
            using System.Diagnostics.CodeAnalysis;
            using System.Security.Authentication;

            public static class Protocols
            {
                [SuppressMessage("ReviewGen", "RG0003:Deprecated protocol", Justification = "The appliance speaks nothing newer")]
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
            }
            """);

        AssertSuppressed(review, "SuppressMessage", "The appliance speaks nothing newer", 6);
    }

    [Fact]
    public async Task SuppressMessage_on_the_containing_type_suppresses()
    {
        var review = await ReviewAsync("""
            using System.Diagnostics.CodeAnalysis;
            using System.Security.Authentication;

            [SuppressMessage("ReviewGen", "RG0003", Justification = "A test double")]
            public static class Protocols
            {
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
            }
            """);

        AssertSuppressed(review, "SuppressMessage", "A test double", 4);
    }

    [Fact]
    public async Task SuppressMessage_of_another_category_does_not_suppress()
    {
        var review = await ReviewAsync("""
            using System.Diagnostics.CodeAnalysis;
            using System.Security.Authentication;

            public static class Protocols
            {
                [SuppressMessage("Security", "RG0003", Justification = "Another tool's decision")]
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
            }
            """);

        AssertActive(review);
    }

    [Fact]
    public async Task An_attribute_that_is_not_the_framework_SuppressMessage_does_not_suppress()
    {
        var review = await ReviewAsync("""
            using System;
            using System.Security.Authentication;

            public static class Protocols
            {
                [SuppressMessage("ReviewGen", "RG0003", Justification = "Looks alike")]
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
            }

            [AttributeUsage(AttributeTargets.All)]
            public sealed class SuppressMessageAttribute(string category, string checkId) : Attribute
            {
                public string Category { get; } = category;
                public string CheckId { get; } = checkId;
                public string? Justification { get; set; }
            }
            """);

        AssertActive(review);
    }

    [Fact]
    public async Task SuppressMessage_without_a_justification_suppresses_and_is_reported()
    {
        var review = await ReviewAsync("""
            using System.Diagnostics.CodeAnalysis;
            using System.Security.Authentication;

            public static class Protocols
            {
                [SuppressMessage("ReviewGen", "RG0003")]
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
            }
            """);

        AssertSuppressed(review, "SuppressMessage", null, 6);
        Assert.Contains(review.Scope.LoadProblems, p => p.Source == "suppression" && p.Message.Contains("RG0003"));
    }

    [Fact]
    public async Task An_assembly_SuppressMessage_with_a_member_target_suppresses_that_member_only()
    {
        var review = await ReviewAsync("""
            using System.Diagnostics.CodeAnalysis;
            using System.Security.Authentication;

            [assembly: SuppressMessage("ReviewGen", "RG0003", Justification = "Legacy only", Scope = "member", Target = "~M:Fixture.Protocols.Legacy")]

            namespace Fixture;

            public static class Protocols
            {
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
                public static SslProtocols Other() => SslProtocols.Ssl3; // flagged
            }
            """);

        var suppressed = Assert.Single(review.Suppressed);
        Assert.Equal(10, suppressed.Finding.Location.StartLine);
        Assert.Equal(("SuppressMessage", "Legacy only", 4), (suppressed.Syntax, suppressed.Justification, suppressed.Location!.StartLine));
        Assert.Equal(11, Assert.Single(review.Findings).Location.StartLine);
    }

    [Fact]
    public async Task An_assembly_SuppressMessage_with_a_namespace_and_descendants_target_suppresses_inside_it()
    {
        var review = await ReviewAsync("""
            using System.Diagnostics.CodeAnalysis;
            using System.Security.Authentication;

            [assembly: SuppressMessage("ReviewGen", "RG0003", Justification = "Test doubles", Scope = "namespaceanddescendants", Target = "~N:Fixture.Doubles")]

            namespace Fixture.Doubles
            {
                public static class Protocols
                {
                    public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
                }
            }

            namespace Fixture.Production
            {
                public static class Protocols
                {
                    public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
                }
            }
            """);

        Assert.Equal(10, Assert.Single(review.Suppressed).Finding.Location.StartLine);
        Assert.Equal(18, Assert.Single(review.Findings).Location.StartLine);
    }

    [Fact]
    public async Task An_assembly_SuppressMessage_without_target_suppresses_the_whole_compilation()
    {
        var review = await ReviewAsync("""
            using System.Diagnostics.CodeAnalysis;
            using System.Security.Authentication;

            [assembly: SuppressMessage("ReviewGen", "RG0003", Justification = "This assembly talks to the appliance only")]

            public static class Protocols
            {
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // flagged
            }
            """);

        AssertSuppressed(review, "SuppressMessage", "This assembly talks to the appliance only", 4);
    }

    [Fact]
    public async Task A_rule_whose_finding_is_suppressed_is_not_said_to_have_passed()
    {
        var review = await ReviewAsync("""
            using System.Security.Authentication;

            public static class Protocols
            {
                public static SslProtocols Legacy() => SslProtocols.Ssl3; // reviewgen-ignore RG0003: kept
            }
            """);

        var section = review.Categories.Single(c => c.Name == "ciphers-protocols");
        Assert.DoesNotContain(section.ChecksPassed, c => c.RuleId == "RG0003");
        Assert.Contains("suppressed", section.Summary);
        Assert.Contains("1 finding suppressed in the code", review.Verdict.Summary);
        Assert.Equal(0, review.Verdict.Total);
    }
}
