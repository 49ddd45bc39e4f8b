using OutlookCms.Domain.Seeding;

namespace OutlookCms.Domain.Tests.Seeding;

public sealed class SeedArgumentsTests
{
    [Fact]
    public void TryParse_ReadsEveryOption()
    {
        Assert.True(SeedArguments.TryParse(
            ["--seed", "7", "--scale=20", "--replace", "--connection", "Host=db;Database=x", "--now", "2025-06-30T17:00:00Z"], out var parsed, out var error));

        Assert.Null(error);
        Assert.Equal(7, parsed.Seed);
        Assert.Equal(20, parsed.Scale);
        Assert.Equal(SeedMode.Replace, parsed.Mode);
        Assert.Equal("Host=db;Database=x", parsed.ConnectionString);
        Assert.Equal(new DateTimeOffset(2025, 6, 30, 17, 0, 0, TimeSpan.Zero), parsed.Now);
    }

    [Fact]
    public void TryParse_DefaultsToSeed42ScaleOne_RefusingAFirmAlreadyThere()
    {
        Assert.True(SeedArguments.TryParse([], out var parsed, out _));

        Assert.Equal((42, 1, SeedMode.RefuseIfNotEmpty, (string?)null), (parsed.Seed, parsed.Scale, parsed.Mode, parsed.ConnectionString));
        Assert.True(SeedArguments.TryParse(["--if-empty"], out var ifEmpty, out _));
        Assert.Equal(SeedMode.SkipIfNotEmpty, ifEmpty.Mode);
    }

    [Theory]
    [InlineData("--scale 0", "--scale must be between 1 and 100")]
    [InlineData("--scale 101", "--scale must be between 1 and 100")]
    [InlineData("--scale many", "--scale needs a whole number (got 'many')")]
    [InlineData("--seed", "--seed needs a whole number.")]
    [InlineData("--seed --scale 2", "--seed needs a whole number.")]
    [InlineData("--connection", "--connection needs a connection string")]
    [InlineData("--now yesterday", "--now needs an ISO 8601 time")]
    [InlineData("--if-empty --replace", "contradict each other")]
    [InlineData("--scael 2", "Unknown argument '--scael'")]
    [InlineData("seed", "Unknown argument 'seed'")]
    public void TryParse_Refuses_WithAMessageNamingTheArgument(string args, string message)
    {
        Assert.False(SeedArguments.TryParse(args.Split(' '), out _, out var error));

        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_ListsEveryOption()
    {
        foreach (var option in new[] { "--seed", "--scale", "--if-empty", "--replace", "--connection", "--now" })
        {
            Assert.Contains(option, SeedArguments.Usage, StringComparison.Ordinal);
        }
    }
}
