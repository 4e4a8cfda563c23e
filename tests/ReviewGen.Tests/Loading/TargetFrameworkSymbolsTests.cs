using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class TargetFrameworkSymbolsTests
{
    [Theory]
    [InlineData("NET;NET10_0;NET10_0_OR_GREATER;NET9_0_OR_GREATER;NETCOREAPP;NETCOREAPP3_1_OR_GREATER", "net10.0")]
    [InlineData("NET;NET8_0;NET8_0_OR_GREATER;NETCOREAPP", "net8.0")]
    [InlineData("NETCOREAPP;NETCOREAPP3_1;NETCOREAPP3_1_OR_GREATER", "netcoreapp3.1")]
    [InlineData("NETSTANDARD;NETSTANDARD2_0;NETSTANDARD2_0_OR_GREATER;NETSTANDARD1_6_OR_GREATER", "netstandard2.0")]
    [InlineData("NETFRAMEWORK;NET472;NET472_OR_GREATER;NET48_OR_GREATER", "net472")]
    [InlineData("DEBUG;TRACE", null)]
    public void The_target_framework_is_read_back_from_the_sdk_symbols(string symbols, string? expected)
    {
        Assert.Equal(expected, TargetFrameworkSymbols.Infer(symbols.Split(';')));
    }
}
