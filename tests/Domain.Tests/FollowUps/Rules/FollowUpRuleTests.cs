using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.FollowUps.Rules;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Outcomes;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.FollowUps.Rules;

/// <summary>Each rule on PostgreSQL: creates when it should, not when it should not, closes itself, and is re-entrant.</summary>
public sealed class FollowUpRuleTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly FollowUpRuleOptions Options = new();

    // Friday 14 March 2025, 09:30 in London (UTC in March): a business day for the London rep.
    private static readonly DateTimeOffset Written = Some.Now;

    private sealed record World(FirmUser Rep, FirmUser OtherRep, Person Client);

    private async Task<World> WorldAsync(Action<Person>? shape = null)
    {
        var world = new World(Some.User(FirmRole.Rep), Some.User(FirmRole.Rep), Some.Person());
        shape?.Invoke(world.Client);
        world.Client.AddEmail($"{Some.Unique("c")}@client.example", EmailKind.Work);
        await using var db = database.NewDb();
        db.AddRange(world.Rep, world.OtherRep, world.Client,
            CoverageAssignment.ForParty(world.Client.Id, world.Rep.Id, CoverageRole.Primary, Written.AddYears(-1)));
        await db.SaveChangesAsync();
        return world;
    }

    private async Task<Interaction> SaveAsync(Interaction interaction)
    {
        await using var db = database.NewDb();
        db.Interactions.Add(interaction);
        await db.SaveChangesAsync();
        return interaction;
    }

    private Task<Interaction> ClientEmailAsync(World w, string conversation) =>
        SaveAsync(Email($"<{Guid.NewGuid():N}@client.example>", conversation, null, Direction.Inbound, Written,
            i => { i.AddParty(w.Client.Id, ParticipantRole.From); i.AddRep(w.Rep.Id, ParticipantRole.To); }));

    private static Interaction Email(string id, string conversation, string? inReplyTo, Direction direction, DateTimeOffset at, Action<Interaction> people)
    {
        var email = Interaction.CaptureEmail(id, conversation, inReplyTo, direction, at, "Statement", null, at);
        people(email);
        return email;
    }

    private async Task<FollowUpRuleRun> RunAsync(DateTimeOffset now)
    {
        await using var db = database.NewDb();
        return await FollowUpRuleRunner.RunAsync(db, Options, now);
    }

    private async Task<List<FollowUp>> FollowUpsOfAsync(Guid partyId)
    {
        await using var db = database.NewDb();
        return await db.FollowUps.AsNoTracking().Where(f => f.PartyId == partyId).OrderBy(f => f.CreatedAt).ToListAsync();
    }

    /// <summary>A client with a 30-day cadence, last called by their rep 40 days before <see cref="Written"/>.</summary>
    private async Task<World> CalledFortyDaysAgoAsync()
    {
        var w = await WorldAsync(p => p.OverrideCadence(new CadencePolicy(30, 4, 30)));
        var call = Interaction.Log(Channel.PhoneCall, Direction.Outbound, Written.AddDays(-40), null, "Catch-up", null, w.Rep.Id, Written.AddDays(-40));
        call.AddParty(w.Client.Id, ParticipantRole.Attendee);
        await SaveAsync(call);
        return w;
    }

    [Fact]
    public async Task UnansweredEmail_FallsDueAfterOneBusinessDayOfTheRecipient_AndIsCreatedOnce()
    {
        var w = await WorldAsync();
        var email = await ClientEmailAsync(w, Some.Unique("conv"));

        await RunAsync(Written.AddHours(8)); // Friday 17:30: 7.5 business hours have passed
        Assert.Empty(await FollowUpsOfAsync(w.Client.Id));

        var monday = new DateTimeOffset(2025, 3, 17, 9, 31, 0, TimeSpan.Zero);
        await RunAsync(monday);
        await RunAsync(monday.AddMinutes(5));
        var followUp = Assert.Single(await FollowUpsOfAsync(w.Client.Id));
        Assert.Equal(FollowUpReason.UnansweredEmail, followUp.Reason);
        Assert.Equal(w.Rep.Id, followUp.OwnerId);
        Assert.Equal(email.Id, followUp.SourceInteractionId);
        Assert.Equal(new DateTimeOffset(2025, 3, 17, 9, 30, 0, TimeSpan.Zero), followUp.DueAt);
        Assert.Equal($"unanswered:{email.Id}:{w.Rep.Id}", followUp.RuleKey);
    }

    [Fact]
    public async Task UnansweredEmail_AnsweredInTimeByAnotherRep_CreatesNothing()
    {
        var w = await WorldAsync();
        var conversation = Some.Unique("conv");
        var email = await ClientEmailAsync(w, conversation);
        await SaveAsync(Email($"<{Guid.NewGuid():N}@firm.example>", Some.Unique("other-thread"), email.InternetMessageId, Direction.Outbound,
            Written.AddHours(2), i => { i.AddRep(w.OtherRep.Id, ParticipantRole.From); i.AddParty(w.Client.Id, ParticipantRole.To); }));

        await RunAsync(Written.AddDays(5));
        Assert.Empty(await FollowUpsOfAsync(w.Client.Id));
    }

    [Fact]
    public async Task UnansweredEmail_ClosesItself_WhenTheReplyIsCaptured()
    {
        var w = await WorldAsync();
        var conversation = Some.Unique("conv");
        await ClientEmailAsync(w, conversation);
        await RunAsync(Written.AddDays(4));
        Assert.Equal(FollowUpStatus.Open, Assert.Single(await FollowUpsOfAsync(w.Client.Id)).Status);

        var reply = await SaveAsync(Email($"<{Guid.NewGuid():N}@firm.example>", conversation, null, Direction.Outbound, Written.AddDays(4).AddHours(1),
            i => { i.AddRep(w.Rep.Id, ParticipantRole.From); i.AddParty(w.Client.Id, ParticipantRole.To); }));
        var run = await RunAsync(Written.AddDays(4).AddHours(2));

        var closed = Assert.Single(await FollowUpsOfAsync(w.Client.Id));
        Assert.Equal(FollowUpStatus.AutoClosed, closed.Status);
        Assert.Equal("reply sent", closed.ClosedHow);
        Assert.Equal(reply.Id, closed.ClosingInteractionId);
        Assert.True(run.Closed >= 1);
        await using var db = database.NewDb();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "FollowUp" && a.EntityId == closed.Id.ToString() && a.Action != "Created"),
            "the automatic close is audited");
    }

    [Fact]
    public async Task MeetingWithoutNotes_AsksEachAttendingRep_AndClosesWhenNotesAreRecorded()
    {
        var w = await WorldAsync();
        var meeting = Interaction.CaptureMeeting(Some.Unique("uid"), Written, Written.AddHours(1), Direction.Outbound, "Review", null, false, Written);
        meeting.AddParty(w.Client.Id, ParticipantRole.Attendee);
        meeting.AddRep(w.Rep.Id, ParticipantRole.Organizer);
        meeting.AddRep(w.OtherRep.Id, ParticipantRole.Attendee);
        await SaveAsync(meeting);

        await RunAsync(Written.AddHours(24)); // 23 hours after it ended
        Assert.Empty(await FollowUpsOfAsync(w.Client.Id));
        await RunAsync(Written.AddHours(26));
        await RunAsync(Written.AddHours(27));
        var asked = await FollowUpsOfAsync(w.Client.Id);
        Assert.Equal(new[] { w.Rep.Id, w.OtherRep.Id }.Order(), asked.Select(f => f.OwnerId).Order());
        Assert.All(asked, f => Assert.Equal(Written.AddHours(25), f.DueAt));

        await using (var db = database.NewDb())
        {
            var tracked = await db.Interactions.SingleAsync(i => i.Id == meeting.Id);
            tracked.RecordNotes("Discussed the mandate.", w.Rep.Id, Written.AddHours(30));
            await db.SaveChangesAsync();
        }

        await RunAsync(Written.AddHours(31));
        Assert.All(await FollowUpsOfAsync(w.Client.Id), f => Assert.Equal(("notes recorded", FollowUpStatus.AutoClosed), (f.ClosedHow, f.Status)));
    }

    [Fact]
    public async Task MeetingFollowedByAnOutcome_OrCancelled_CreatesNothing()
    {
        var w = await WorldAsync();
        var held = Interaction.CaptureMeeting(Some.Unique("uid"), Written, Written.AddHours(1), Direction.Outbound, "Pledge", null, false, Written);
        held.AddParty(w.Client.Id, ParticipantRole.Attendee);
        held.AddRep(w.Rep.Id, ParticipantRole.Organizer);
        var cancelled = Interaction.CaptureMeeting(Some.Unique("uid"), Written, Written.AddHours(1), Direction.Outbound, "Cancelled", null, true, Written);
        cancelled.AddParty(w.Client.Id, ParticipantRole.Attendee);
        cancelled.AddRep(w.Rep.Id, ParticipantRole.Organizer);
        await SaveAsync(held);
        await SaveAsync(cancelled);
        await using (var db = database.NewDb())
        {
            db.Outcomes.Add(Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(500_000m, "CHF"), null, w.Client.Id, null, w.Rep.Id, Written.AddHours(3)));
            await db.SaveChangesAsync();
        }

        await RunAsync(Written.AddDays(3));
        Assert.Empty(await FollowUpsOfAsync(w.Client.Id));
    }

    [Fact]
    public async Task CadenceDue_GoesToThePrimaryAdviser_OnceUntilTheClientIsContacted()
    {
        var w = await WorldAsync(p => p.OverrideCadence(new CadencePolicy(30, 4, 30)));
        var call = Interaction.Log(Channel.PhoneCall, Direction.Outbound, Written.AddDays(-40), null, "Catch-up", null, w.OtherRep.Id, Written.AddDays(-40));
        call.AddParty(w.Client.Id, ParticipantRole.Attendee);
        await SaveAsync(call);

        await RunAsync(Written);
        await RunAsync(Written.AddHours(1));
        var due = Assert.Single(await FollowUpsOfAsync(w.Client.Id));
        Assert.Equal((FollowUpReason.CadenceDue, w.Rep.Id), (due.Reason, due.OwnerId));
        Assert.Equal(Written.AddDays(-10), due.DueAt);

        var visit = Interaction.Log(Channel.InPerson, Direction.Outbound, Written.AddDays(1), null, "Lunch", null, w.Rep.Id, Written.AddDays(1));
        visit.AddParty(w.Client.Id, ParticipantRole.Attendee);
        await SaveAsync(visit);
        await RunAsync(Written.AddDays(1).AddHours(1));
        var closed = Assert.Single(await FollowUpsOfAsync(w.Client.Id));
        Assert.Equal((FollowUpStatus.AutoClosed, "client contacted", (Guid?)visit.Id), (closed.Status, closed.ClosedHow, closed.ClosingInteractionId));
    }

    [Fact]
    public async Task UnansweredEmail_FromAnAddressOfTwoParties_ToARepInToAndCc_IsOneFollowUpForTheRep()
    {
        var w = await WorldAsync();
        var sameAddress = Some.Person();
        await using (var db = database.NewDb())
        {
            db.Add(sameAddress);
            await db.SaveChangesAsync();
        }

        var email = await SaveAsync(Email($"<{Guid.NewGuid():N}@client.example>", Some.Unique("conv"), null, Direction.Inbound, Written, i =>
        {
            i.AddParty(w.Client.Id, ParticipantRole.From);
            i.AddParty(sameAddress.Id, ParticipantRole.From);
            i.AddRep(w.Rep.Id, ParticipantRole.To);
            i.AddRep(w.Rep.Id, ParticipantRole.Cc);
        }));

        await RunAsync(Written.AddDays(4));
        var both = (await FollowUpsOfAsync(w.Client.Id)).Concat(await FollowUpsOfAsync(sameAddress.Id)).ToList();
        var followUp = Assert.Single(both);
        Assert.Equal(($"unanswered:{email.Id}:{w.Rep.Id}", w.Rep.Id), (followUp.RuleKey, followUp.OwnerId));
    }

    [Fact]
    public async Task CadenceDue_AContactLoggedLateOnTheSameDay_ClosesItAndTheNextFallsDueLaterThatDay()
    {
        var w = await CalledFortyDaysAgoAsync();
        await RunAsync(Written);

        // Logged a day later, for two hours after the first call: the follow-up was due too early, and the next one
        // falls due on the same day (a day-only key made the run fail on the unique key, every run after).
        var later = Interaction.Log(Channel.PhoneCall, Direction.Outbound, Written.AddDays(-40).AddHours(2), null, "Call back", null, w.Rep.Id, Written);
        later.AddParty(w.Client.Id, ParticipantRole.Attendee);
        await SaveAsync(later);
        await RunAsync(Written.AddHours(1));

        var followUps = await FollowUpsOfAsync(w.Client.Id);
        Assert.Equal(2, followUps.Count);
        Assert.Equal((FollowUpStatus.AutoClosed, (Guid?)later.Id), (followUps[0].Status, followUps[0].ClosingInteractionId));
        Assert.Equal((FollowUpStatus.Open, Written.AddDays(-10).AddHours(2)), (followUps[1].Status, followUps[1].DueAt));
    }

    [Fact]
    public async Task InTheCallersTransaction_ARolledBackRunLeavesNothing()
    {
        var w = await CalledFortyDaysAgoAsync();
        await using (var db = database.NewDb())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var run = await FollowUpRuleRunner.RunAsync(db, Options, Written);
            Assert.True(run.Created >= 1);
            Assert.Single(await db.FollowUps.AsNoTracking().Where(f => f.PartyId == w.Client.Id).ToListAsync());
            await transaction.RollbackAsync();
        }

        Assert.Empty(await FollowUpsOfAsync(w.Client.Id));
    }

    [Fact]
    public async Task CadenceDue_NotYetDue_OrWithoutAdviser_CreatesNothing()
    {
        var recent = await WorldAsync(p => p.OverrideCadence(new CadencePolicy(30, 4, 30)));
        var call = Interaction.Log(Channel.PhoneCall, Direction.Outbound, Written.AddDays(-5), null, "Catch-up", null, recent.Rep.Id, Written.AddDays(-5));
        call.AddParty(recent.Client.Id, ParticipantRole.Attendee);
        await SaveAsync(call);

        var orphan = Some.Person();
        orphan.OverrideCadence(new CadencePolicy(30, 4, 30));
        await using (var db = database.NewDb())
        {
            db.People.Add(orphan);
            await db.SaveChangesAsync();
        }

        await RunAsync(Written.AddDays(60).AddDays(-36)); // 31 days after the call would be due; this is day 19
        Assert.Empty(await FollowUpsOfAsync(recent.Client.Id));
        await RunAsync(Written.AddDays(90));
        Assert.Empty(await FollowUpsOfAsync(orphan.Id));
    }

    [Fact]
    public async Task TwoRunsAtTheSameTime_CreateEachFollowUpOnce()
    {
        var w = await WorldAsync();
        await ClientEmailAsync(w, Some.Unique("conv"));
        var at = Written.AddDays(6);
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RunAsync(at))));
        Assert.Single(await FollowUpsOfAsync(w.Client.Id));
        Assert.Contains(runs, r => !r.Skipped);
    }

    [Fact]
    public async Task ContactWithARestrictedClient_ByARepWhoIsNotItsAdviser_IsRecordedOnceAsACoverageBreach()
    {
        var w = await WorldAsync(p => p.Restrict());
        var byAdviser = Interaction.Log(Channel.PhoneCall, Direction.Outbound, Written, null, "Review", null, w.Rep.Id, Written);
        byAdviser.AddParty(w.Client.Id, ParticipantRole.Attendee);
        var byOther = Interaction.Log(Channel.PhoneCall, Direction.Outbound, Written.AddHours(1), null, "Cold call", null, w.OtherRep.Id, Written.AddHours(1));
        byOther.AddParty(w.Client.Id, ParticipantRole.Attendee);
        await SaveAsync(byAdviser);
        await SaveAsync(byOther);
        var unrestricted = await WorldAsync();
        var fine = Interaction.Log(Channel.PhoneCall, Direction.Outbound, Written, null, "Hello", null, unrestricted.OtherRep.Id, Written);
        fine.AddParty(unrestricted.Client.Id, ParticipantRole.Attendee);
        await SaveAsync(fine);

        await RunAsync(Written.AddHours(2));
        await RunAsync(Written.AddHours(3));

        await using var db = database.NewDb();
        var breach = Assert.Single(await db.CoverageBreaches.Where(b => b.PartyId == w.Client.Id || b.PartyId == unrestricted.Client.Id).ToListAsync());
        Assert.Equal((byOther.Id, w.OtherRep.Id, Written.AddHours(1)), (breach.InteractionId, breach.RepId, breach.OccurredAt));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "CoverageBreach" && a.EntityId == breach.Id.ToString()), "the breach is audited");
    }

    [Fact]
    public async Task CadenceDue_FollowsTheHouseholdsTier_WhenThePartyHasNoneOfItsOwn()
    {
        var tier = new Tier(Some.Unique("Gold"), 1, new CadencePolicy(20, 4, 30));
        var household = new Household(Some.Unique("Hh"), Money.Of(2_000_000m, "CHF"), tierId: tier.Id);
        await using (var db = database.NewDb())
        {
            db.AddRange(tier, household);
            await db.SaveChangesAsync();
        }

        var w = await WorldAsync(p => p.JoinHousehold(household.Id));
        var call = Interaction.Log(Channel.PhoneCall, Direction.Outbound, Written.AddDays(-25), null, "Catch-up", null, w.Rep.Id, Written.AddDays(-25));
        call.AddParty(w.Client.Id, ParticipantRole.Attendee);
        await SaveAsync(call);

        await RunAsync(Written);
        var due = Assert.Single(await FollowUpsOfAsync(w.Client.Id));
        Assert.Equal((FollowUpReason.CadenceDue, Written.AddDays(-5)), (due.Reason, due.DueAt));
    }

    [Fact]
    public async Task BadSettings_AreRefusedBeforeAnythingRuns()
    {
        await using var db = database.NewDb();
        var error = await Assert.ThrowsAsync<DomainRuleException>(() =>
            FollowUpRuleRunner.RunAsync(db, new FollowUpRuleOptions { WorkdayStart = new TimeOnly(18, 0) }, Written));
        Assert.Equal("workdayEnd", error.Field);
    }
}
