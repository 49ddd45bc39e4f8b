using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Scorecards;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Scorecards;

/// <summary>
/// Cadence adherence over 2019-Q3 for a rep covering four clients: one kept on its tier's 30 days; one whose own
/// override (120 days) is kept though its tier's would not be; one through the household, on the household tier's
/// cadence, contacted four times in twelve days (two breaches of "at most 2 per 30 days") and then not again (late);
/// a prospect and another rep's client that do not count.
/// </summary>
public sealed class CadenceAdherenceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly ScorePeriod Q3 = ScorePeriod.Parse("2019-Q3");

    private static DateTimeOffset At(int month, int day) => new(2019, month, day, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheShareOnCadence_RespectsOverridesAndHouseholdTiers_AndCountsEveryContactTooMany()
    {
        var s = await SceneAsync();

        var cards = await ScorecardQuery.ComputeAsync(database.NewDb(), [s.Rep.Id], Q3, new BonusFormula(), At(12, 1), default);

        var cadence = Assert.Single(cards).Cadence!;
        Assert.Equal((3, 2, 0.6667m, 1, 1, 2), (cadence.Clients, cadence.OnCadence, cadence.OnCadenceShare, cadence.Late, cadence.TooOftenClients, cadence.TooOftenBreaches));
        var item = Assert.Single(cadence.Items);
        Assert.Equal(s.Household.Id, item.PartyId);
        Assert.True(item.Late);
        Assert.Equal(At(7, 12).AddDays(30), item.FellDueAt); // the last contact + the household tier's 30 days
        Assert.Null(item.ContactedAt);
        Assert.Equal(s.TooOften, item.TooOftenContactIds);
        Assert.Equal("at least every 30 days, at most 2 per 30 days", item.Policy);
        // No cadence line in the bonus while its weight is the default 0.
        Assert.DoesNotContain(cards[0].Bonus.Lines, l => l.Component == "cadence-adherence");
    }

    [Fact]
    public async Task WhileThePeriodRuns_OnlyTheTimeSoFarCounts_AndAWeightedFormulaPaysForTheShare()
    {
        var s = await SceneAsync();
        var formula = new BonusFormula { AmountPerOnCadenceSharePoint = 10m, MinClientsForCadence = 3 };

        // On 2019-08-01 nobody has lapsed yet: the household client's 30 days from 12 July run to 11 August.
        var card = Assert.Single(await ScorecardQuery.ComputeAsync(database.NewDb(), [s.Rep.Id], Q3, formula, At(8, 1), default));

        Assert.Equal((3, 3, 0), (card.Cadence!.Clients, card.Cadence.OnCadence, card.Cadence.Late));
        var line = Assert.Single(card.Bonus.Lines, l => l.Component == "cadence-adherence");
        Assert.Equal(("CHF", 100m, 1_000m), (line.Currency, line.Basis, line.Amount));

        var later = Assert.Single(await ScorecardQuery.ComputeAsync(database.NewDb(), [s.Rep.Id], Q3, formula, At(12, 1), default));
        var lateLine = Assert.Single(later.Bonus.Lines, l => l.Component == "cadence-adherence");
        Assert.Equal((66.67m, 666.70m, s.Household.Id), (lateLine.Basis, lateLine.Amount, Assert.Single(lateLine.PartyIds)));
    }

    [Theory]
    [InlineData(30, false)] // contacted exactly when due: not overdue at any instant
    [InlineData(31, true)]
    public void AContactExactlyWhenDue_IsInTime(int daysLater, bool late)
    {
        var policy = new CadencePolicy(30, 10, 30);
        var result = CadencePeriodCheck.Check(policy, At(1, 1), At(6, 20), [new(Guid.NewGuid(), At(6, 20).AddDays(daysLater))], Q3.StartUtc, At(8, 1));
        Assert.Equal(late, result.Late);
        // Over the whole quarter the client fell due again 30 days after that contact.
        var whole = CadencePeriodCheck.Check(policy, At(1, 1), At(6, 20), [new(Guid.NewGuid(), At(7, 20))], Q3.StartUtc, Q3.EndUtc);
        Assert.Equal(At(8, 19), whole.FellDueAt);
    }

    [Fact]
    public void AClientAlreadyOverdueWhenThePeriodBegins_FellDueAtItsStart()
    {
        var result = CadencePeriodCheck.Check(new CadencePolicy(30, 10, 30), At(1, 1), At(5, 1), [new(Guid.NewGuid(), At(7, 3))], Q3.StartUtc, Q3.EndUtc);
        Assert.Equal((true, Q3.StartUtc, At(7, 3)), (result.Late, result.FellDueAt, result.ContactedAt));
    }

    private sealed record Scene(FirmUser Rep, Person Household, IReadOnlyList<Guid> TooOften);

    private async Task<Scene> SceneAsync()
    {
        var rep = Some.User(FirmRole.Rep);
        var other = Some.User(FirmRole.Rep);
        var monthly = new Tier(Some.Unique("Monthly"), 1, new CadencePolicy(30, 2, 30));
        await using var db = database.NewDb();
        db.AddRange(rep, other, monthly);
        await db.SaveChangesAsync();

        Person Client(string name)
        {
            var p = new Person("Cad", Some.Unique(name), PartyStatus.Client, At(1, 1));
            db.Add(p);
            return p;
        }

        var kept = Client("Kept");
        kept.AssignTier(monthly.Id);
        var overridden = Client("Override");
        overridden.AssignTier(monthly.Id);
        overridden.OverrideCadence(new CadencePolicy(120, 10, 120));
        var family = new Household(Some.Unique("Family"), Money.Of(0m, "CHF"), monthly.Id);
        db.Add(family);
        var member = Client("Member");
        member.JoinHousehold(family.Id);
        var prospect = new Person("Cad", Some.Unique("Prospect"), PartyStatus.Prospect, At(1, 1));
        prospect.AssignTier(monthly.Id);
        var othersClient = Client("Others");
        othersClient.AssignTier(monthly.Id);
        db.Add(prospect);
        db.AddRange(
            CoverageAssignment.ForParty(kept.Id, rep.Id, CoverageRole.Primary, At(1, 1)),
            CoverageAssignment.ForParty(overridden.Id, rep.Id, CoverageRole.Primary, At(1, 1)),
            CoverageAssignment.ForHousehold(family.Id, rep.Id, CoverageRole.Primary, At(1, 1)),
            CoverageAssignment.ForParty(prospect.Id, rep.Id, CoverageRole.Primary, At(1, 1)),
            CoverageAssignment.ForParty(othersClient.Id, other.Id, CoverageRole.Primary, At(1, 1)));

        Guid Contact(Person party, DateTimeOffset at, bool cancelled = false)
        {
            var i = Interaction.Log(Channel.PhoneCall, Direction.Outbound, at, null, "call", null, rep.Id, at);
            i.AddParty(party.Id, ParticipantRole.To);
            if (cancelled)
            {
                i.Cancel();
            }

            db.Add(i);
            return i.Id;
        }

        foreach (var day in new[] { At(6, 20), At(7, 15), At(8, 10), At(9, 5), At(9, 30) })
        {
            Contact(kept, day);
        }

        // A cancelled meeting is no contact: counted, it would make 30 September a third contact in 30 days (too often).
        Contact(kept, At(9, 20), cancelled: true);
        Contact(overridden, At(6, 1));
        Contact(overridden, At(7, 1));
        Contact(member, At(6, 3));
        Contact(member, At(7, 1));
        Contact(member, At(7, 5));
        List<Guid> tooOften = [Contact(member, At(7, 10)), Contact(member, At(7, 12))];
        Contact(othersClient, At(1, 2)); // lapsed all quarter, but another rep's
        Contact(prospect, At(1, 2));
        await db.SaveChangesAsync();
        return new Scene(rep, member, tooOften);
    }
}
