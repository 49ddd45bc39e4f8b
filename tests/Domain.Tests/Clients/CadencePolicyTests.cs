using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Tests.Clients;

public sealed class CadencePolicyTests
{
    [Fact]
    public void Constructor_Throws_WhenMaximumIsBelowMinimum()
    {
        // At least weekly, but at most once a month: nothing satisfies both.
        var error = Assert.Throws<DomainRuleException>(() => new CadencePolicy(7, 1, 30));

        Assert.Equal("maxContacts", error.Field);
        Assert.Contains("below the minimum", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 3, 7, "contactAtLeastEveryDays")]
    [InlineData(-30, 3, 7, "contactAtLeastEveryDays")]
    [InlineData(30, 0, 7, "maxContacts")]
    [InlineData(30, -1, 7, "maxContacts")]
    [InlineData(30, 3, 0, "windowDays")]
    [InlineData(30, 3, -7, "windowDays")]
    public void Constructor_Throws_WhenAValueIsNotPositive(int every, int max, int window, string field)
    {
        var error = Assert.Throws<DomainRuleException>(() => new CadencePolicy(every, max, window));

        Assert.Equal(field, error.Field);
        Assert.Contains("positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Accepts_MonthlyMinimumAndThreeAWeekMaximum()
    {
        var policy = new CadencePolicy(30, 3, 7);

        Assert.Equal("at least every 30 days, at most 3 per 7 days", policy.ToString());
    }

    [Fact]
    public void Constructor_Accepts_MaximumExactlyEqualToMinimum()
    {
        var policy = new CadencePolicy(7, 1, 7);

        Assert.Equal(1, policy.MaxContacts);
    }

    [Fact]
    public void IsOverdue_IsTrue_WhenNoContactForLongerThanTheMinimum()
    {
        var policy = new CadencePolicy(30, 3, 7);
        var last = Some.Now.AddDays(-31);

        Assert.True(policy.IsOverdue(last, Some.Now));
        Assert.False(policy.IsOverdue(Some.Now.AddDays(-29), Some.Now));
        Assert.True(policy.IsOverdue(null, Some.Now));
    }

    [Fact]
    public void IsTooOften_IsTrue_OnlyAboveTheMaximum()
    {
        var policy = new CadencePolicy(30, 3, 7);

        Assert.False(policy.IsTooOften(3));
        Assert.True(policy.IsTooOften(4));
        Assert.True(policy.WouldBeTooOften(3));
        Assert.False(policy.WouldBeTooOften(2));
    }
}
