using OutlookCms.Domain.Access;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Marketing.Returns;
using OutlookCms.Domain.Outcomes;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Marketing;

public sealed class InitiativeReturnsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly DateTimeOffset Reported = Some.Now;

    [Theory]
    [InlineData(AttributionMode.FirstTouch, "event")]
    [InlineData(AttributionMode.LastTouch, "mailing")]
    public async Task SeveralInitiativesQualify_TheConfiguredTouchGetsAllOfIt(AttributionMode mode, string winner)
    {
        var s = await SceneAsync();
        var evt = await InitiativeAsync(InitiativeKind.Event, 1_000m);
        var mailing = await InitiativeAsync(InitiativeKind.Mailing, 500m);
        await TaggedContactAsync(s, evt, Reported.AddDays(-30));
        await PartyTagAsync(s, mailing, Reported.AddDays(-5));
        var outcome = await OutcomeAsync(s, 200_000m, confirm: true);

        var result = await InitiativeReturns.ComputeAsync(database.NewDb(), new AttributionRules { Mode = mode, WindowDays = 90, RevenueRatePercent = 0.5m }, default);

        var won = result.Initiatives.Single(i => i.Id == (winner == "event" ? evt.Id : mailing.Id));
        var lost = result.Initiatives.Single(i => i.Id == (winner == "event" ? mailing.Id : evt.Id));
        Assert.Equal([outcome.Id], won.OutcomeIds);
        Assert.Equal(new CurrencyAmount("CHF", 200_000m, 1_000m, 1), Assert.Single(won.Assets));
        Assert.Equal(Math.Round(1_000m / won.CostAmount, 4), won.ReturnRatio);
        Assert.Empty(lost.OutcomeIds);
        Assert.Equal(0m, lost.ReturnRatio);
        Assert.Contains(mode == AttributionMode.FirstTouch ? "first-touch" : "last-touch", result.Rule);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public async Task ATaggedContact_CountsUpToExactlyWindowDaysBefore(int minutesBeyond, bool counts)
    {
        var s = await SceneAsync();
        var evt = await InitiativeAsync(InitiativeKind.Event, 1_000m);
        await TaggedContactAsync(s, evt, Reported.AddDays(-30).AddMinutes(-minutesBeyond));
        var outcome = await OutcomeAsync(s, 10_000m, confirm: true);

        var result = await InitiativeReturns.ComputeAsync(database.NewDb(), new AttributionRules { WindowDays = 30 }, default);

        Assert.Equal(counts, result.Initiatives.Single(i => i.Id == evt.Id).OutcomeIds.Contains(outcome.Id));
    }

    [Fact]
    public async Task AContactAfterTheOutcome_DoesNotCount()
    {
        var s = await SceneAsync();
        var evt = await InitiativeAsync(InitiativeKind.Event, 1_000m);
        await TaggedContactAsync(s, evt, Reported.AddMinutes(1));
        await OutcomeAsync(s, 10_000m, confirm: true);

        var result = await InitiativeReturns.ComputeAsync(database.NewDb(), new AttributionRules(), default);

        Assert.Empty(result.Initiatives.Single(i => i.Id == evt.Id).OutcomeIds);
    }

    [Fact]
    public async Task UnconfirmedOutcomes_DoNotCount_EvenWhenTaggedDirectly()
    {
        var s = await SceneAsync();
        var promo = await InitiativeAsync(InitiativeKind.Promotion, 1_000m);
        var reported = await OutcomeAsync(s, 10_000m, confirm: false, directTag: promo);
        var confirmed = await OutcomeAsync(s, 7_000m, confirm: true, directTag: promo);

        var row = (await InitiativeReturns.ComputeAsync(database.NewDb(), new AttributionRules(), default)).Initiatives.Single(i => i.Id == promo.Id);

        Assert.Equal([confirmed.Id], row.OutcomeIds);
        Assert.DoesNotContain(reported.Id, row.OutcomeIds);
        Assert.Equal(7_000m, Assert.Single(row.Assets).Assets);
    }

    [Fact]
    public async Task ADirectTag_WinsOverAnyContactInTheWindow()
    {
        var s = await SceneAsync();
        var promo = await InitiativeAsync(InitiativeKind.Promotion, 1_000m);
        var evt = await InitiativeAsync(InitiativeKind.Event, 1_000m);
        await TaggedContactAsync(s, evt, Reported.AddDays(-1));
        var outcome = await OutcomeAsync(s, 10_000m, confirm: true, directTag: promo);

        var result = await InitiativeReturns.ComputeAsync(database.NewDb(), new AttributionRules { Mode = AttributionMode.LastTouch }, default);

        Assert.Equal([outcome.Id], result.Initiatives.Single(i => i.Id == promo.Id).OutcomeIds);
        Assert.Empty(result.Initiatives.Single(i => i.Id == evt.Id).OutcomeIds);
    }

    [Fact]
    public async Task NotContactedSince_ListsAttendeesWithoutAContactAfterTheInitiative_AmongVisibleParties()
    {
        var s = await SceneAsync();
        var contacted = await PersonAsync();
        var evt = await InitiativeAsync(InitiativeKind.Event, 1_000m);
        await TaggedContactAsync(s, evt, Reported.AddDays(-60));
        await TaggedContactAsync((s.Rep, s.Controller, contacted), evt, Reported.AddDays(-60));
        await ContactAsync(contacted, Reported.AddDays(-10));

        var answer = await InitiativeQuestions.NotContactedSinceAsync(database.NewDb(), new Viewer(s.Controller.Id, FirmRole.Controller), evt.Id, default);

        var party = Assert.Single(answer!.Parties);
        Assert.Equal(s.Person.Id, party.Id);
        Assert.Equal(Reported.AddDays(-60), party.LastContactAt);
    }

    private sealed record Scene(FirmUser Rep, FirmUser Controller, Domain.Clients.Person Person)
    {
        public static implicit operator Scene((FirmUser Rep, FirmUser Controller, Domain.Clients.Person Person) t) => new(t.Rep, t.Controller, t.Person);
    }

    private async Task<Scene> SceneAsync()
    {
        var rep = Some.User(FirmRole.Rep);
        var controller = Some.User(FirmRole.Controller);
        var person = Some.Person();
        await using var db = database.NewDb();
        db.AddRange(rep, controller, person);
        await db.SaveChangesAsync();
        return new Scene(rep, controller, person);
    }

    private async Task<Domain.Clients.Person> PersonAsync()
    {
        var person = Some.Person();
        await using var db = database.NewDb();
        db.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    private async Task<Initiative> InitiativeAsync(InitiativeKind kind, decimal cost)
    {
        var initiative = new Initiative(kind, Some.Unique(kind.ToString()), Money.Of(cost, "CHF"), DateOnly.FromDateTime(Reported.AddDays(-70).UtcDateTime),
            DateOnly.FromDateTime(Reported.AddDays(-60).UtcDateTime));
        await using var db = database.NewDb();
        db.Add(initiative);
        await db.SaveChangesAsync();
        return initiative;
    }

    private async Task TaggedContactAsync(Scene s, Initiative initiative, DateTimeOffset at)
    {
        var interaction = Interaction.Log(Channel.InPerson, Direction.Inbound, at, null, initiative.Name, null, s.Rep.Id, at);
        interaction.AddParty(s.Person.Id, ParticipantRole.Attendee);
        await using var db = database.NewDb();
        db.AddRange(interaction, new InteractionInitiative(interaction.Id, initiative.Id, s.Rep.Id, at));
        await db.SaveChangesAsync();
    }

    private async Task ContactAsync(Domain.Clients.Person person, DateTimeOffset at)
    {
        var rep = Some.User(FirmRole.Rep);
        var interaction = Interaction.Log(Channel.PhoneCall, Direction.Outbound, at, null, "call", null, rep.Id, at);
        interaction.AddParty(person.Id, ParticipantRole.To);
        await using var db = database.NewDb();
        db.AddRange(rep, interaction);
        await db.SaveChangesAsync();
    }

    private async Task PartyTagAsync(Scene s, Initiative initiative, DateTimeOffset at)
    {
        await using var db = database.NewDb();
        db.Add(new PartyInitiative(s.Person.Id, initiative.Id, s.Rep.Id, at));
        await db.SaveChangesAsync();
    }

    private async Task<Outcome> OutcomeAsync(Scene s, decimal amount, bool confirm, Initiative? directTag = null)
    {
        var outcome = Outcome.Report(OutcomeKind.AssetsDeposited, Money.Positive(amount, "CHF"), null, s.Person.Id, null, s.Rep.Id, Reported);
        await using var db = database.NewDb();
        db.Add(outcome);
        if (directTag is not null)
        {
            db.Add(new OutcomeInitiative(outcome.Id, directTag.Id, s.Rep.Id, Reported));
        }

        await db.SaveChangesAsync();
        if (confirm)
        {
            outcome.Confirm(s.Controller, await db.ReportingLineOfAsync(s.Rep.Id, default), "booking B-1", Reported.AddDays(3));
            await db.SaveChangesAsync();
        }

        return outcome;
    }
}
