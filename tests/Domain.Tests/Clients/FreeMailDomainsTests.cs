using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Seeding;
using OutlookCms.Domain.Seeding.Mailboxes;

namespace OutlookCms.Domain.Tests.Clients;

/// <summary>
/// The one free-mail list (capture's default, the pane's) covers every provider the seed and the scenario generator
/// write client and personal mail from: otherwise a seeded client at such a provider would be matched by domain.
/// </summary>
public sealed class FreeMailDomainsTests
{
    [Fact]
    public void EveryFreeMailDomainOfTheSeed_IsInTheList()
    {
        Assert.NotEmpty(SeededFirm.FreeMailDomains);
        Assert.All(SeededFirm.FreeMailDomains, d => Assert.True(FreeMailDomains.Contains(d), $"{d} is drawn by the seed but is not in FreeMailDomains.All"));
    }

    [Fact]
    public void EveryFreeMailDomainOfTheScenarioGenerator_IsInTheList() =>
        Assert.All(ScenarioTexts.FreeMail, d => Assert.True(FreeMailDomains.Contains(d), $"{d} is used by the scenario generator but is not in FreeMailDomains.All"));

    [Fact]
    public void TheList_IsLowerCase_WithoutDuplicates_AndMatchesAnyCase()
    {
        Assert.All(FreeMailDomains.All, d => Assert.Equal(d.ToLowerInvariant(), d));
        Assert.Equal(FreeMailDomains.All.Count, FreeMailDomains.All.Distinct(StringComparer.Ordinal).Count());
        Assert.True(FreeMailDomains.Contains("BlueWin.CH"));
        Assert.False(FreeMailDomains.Contains("acme.example"));
    }
}
