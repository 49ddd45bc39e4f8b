using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Outcomes;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Pane;

/// <summary>
/// Writes the client-book rows the pane tests read, straight through the domain (as capture and the web app would).
/// Every address is unique, so the tests of one class share its database without colliding.
/// </summary>
public sealed class ClientBook(HostFixture host)
{
    public DateTimeOffset Now { get; } = DateTimeOffset.UtcNow;

    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    public async Task<Organisation> OrganisationAsync(string name, string domain)
    {
        await using var db = host.Database.NewDb();
        var org = new Organisation(name, PartyStatus.Client, Now.AddYears(-2));
        org.AddDomain(domain);
        db.Organisations.Add(org);
        await db.SaveChangesAsync();
        return org;
    }

    public async Task<Tier> TierAsync(CadencePolicy cadence)
    {
        await using var db = host.Database.NewDb();
        var tier = new Tier(Unique("Gold-"), 1, cadence);
        db.Tiers.Add(tier);
        await db.SaveChangesAsync();
        return tier;
    }

    public async Task<Person> PersonAsync(string given, string family, string address, Action<Person>? shape = null)
    {
        await using var db = host.Database.NewDb();
        var person = new Person(given, family, PartyStatus.Client, Now.AddYears(-1));
        person.AddEmail(address, EmailKind.Work);
        shape?.Invoke(person);
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    public async Task<Household> HouseholdAsync(string name, bool restricted = false)
    {
        await using var db = host.Database.NewDb();
        var household = new Household(name, Money.Of(1_000_000m, "CHF"), isRestricted: restricted);
        db.Households.Add(household);
        await db.SaveChangesAsync();
        return household;
    }

    public async Task CoverAsync(Guid partyId, Guid adviserId, CoverageRole role = CoverageRole.Primary)
    {
        await using var db = host.Database.NewDb();
        db.CoverageAssignments.Add(CoverageAssignment.ForParty(partyId, adviserId, role, Now.AddYears(-1)));
        await db.SaveChangesAsync();
    }

    public async Task CoverHouseholdAsync(Guid householdId, Guid adviserId)
    {
        await using var db = host.Database.NewDb();
        db.CoverageAssignments.Add(CoverageAssignment.ForHousehold(householdId, adviserId, CoverageRole.Primary, Now.AddYears(-1)));
        await db.SaveChangesAsync();
    }

    /// <summary>A call logged by <paramref name="repId"/> with the given parties, <paramref name="daysAgo"/> days ago.</summary>
    public async Task<Interaction> CallAsync(Guid repId, double daysAgo, string subject, params Guid[] partyIds)
    {
        await using var db = host.Database.NewDb();
        var call = Interaction.Log(Channel.PhoneCall, Direction.Outbound, Now.AddDays(-daysAgo), null, subject, "Talked it through.", repId, Now);
        call.AddRep(repId, ParticipantRole.From);
        foreach (var partyId in partyIds)
        {
            call.AddParty(partyId, ParticipantRole.To);
        }

        db.Interactions.Add(call);
        await db.SaveChangesAsync();
        return call;
    }

    public async Task<Interaction> EmailAsync(Guid repId, double daysAgo, string subject, Guid partyId, bool cancelledMeeting = false)
    {
        await using var db = host.Database.NewDb();
        var interaction = cancelledMeeting
            ? Interaction.CaptureMeeting(Unique("uid-"), Now.AddDays(-daysAgo), Now.AddDays(-daysAgo).AddHours(1), Direction.Outbound, subject, null, true, Now)
            : Interaction.CaptureEmail($"<{Guid.NewGuid():N}@mail.example>", null, null, Direction.Inbound, Now.AddDays(-daysAgo), subject, "Hello", Now);
        interaction.AddRep(repId, ParticipantRole.To);
        interaction.AddParty(partyId, ParticipantRole.From);
        db.Interactions.Add(interaction);
        await db.SaveChangesAsync();
        return interaction;
    }

    public async Task<FollowUp> FollowUpAsync(Guid partyId, Guid ownerId, string title, double dueInDays)
    {
        await using var db = host.Database.NewDb();
        var followUp = FollowUp.SetByHand(partyId, ownerId, title, Now.AddDays(dueInDays), Now.AddDays(-10));
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync();
        return followUp;
    }

    public async Task<Outcome> OutcomeAsync(Guid partyId, Guid repId, decimal amount)
    {
        await using var db = host.Database.NewDb();
        var outcome = Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(amount, "CHF"), null, partyId, null, repId, Now.AddDays(-3));
        db.Outcomes.Add(outcome);
        await db.SaveChangesAsync();
        return outcome;
    }

    public async Task<Initiative> InitiativeAsync(string name, Guid? tagPartyId = null)
    {
        await using var db = host.Database.NewDb();
        var initiative = new Initiative(InitiativeKind.Event, name, Money.Of(5000m, "CHF"), DateOnly.FromDateTime(Now.UtcDateTime.AddDays(-30)), null);
        db.Initiatives.Add(initiative);
        if (tagPartyId is { } partyId)
        {
            db.PartyInitiatives.Add(new PartyInitiative(partyId, initiative.Id, null, Now.AddDays(-2)));
        }

        await db.SaveChangesAsync();
        return initiative;
    }

    public async Task<Material> MaterialAsync(string title, Guid? sentTo = null, Guid? sentBy = null)
    {
        await using var db = host.Database.NewDb();
        var product = new Product(Unique("P"), title + " fund");
        var material = new Material(product.Id, title, "2026-Q1");
        db.Products.Add(product);
        db.Materials.Add(material);
        if (sentTo is { } partyId && sentBy is { } repId)
        {
            db.MaterialsSent.Add(new MaterialSent(material.Id, partyId, repId, Now.AddDays(-4)));
        }

        await db.SaveChangesAsync();
        return material;
    }

    public async Task ProposeProspectAsync(string address, string displayName)
    {
        await using var db = host.Database.NewDb();
        db.ProposedProspects.Add(new Domain.Capture.ProposedProspect(address, displayName, Now.AddDays(-1)));
        await db.SaveChangesAsync();
    }
}
