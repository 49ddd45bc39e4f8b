using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Outcomes;
using OutlookCms.Domain.Seeding;

namespace OutlookCms.Domain.Tests.Seeding;

/// <summary>
/// The seeded rows bypass the entities (they go in with COPY), so these tests hold every value to the rules the
/// entities and the model enforce: the same checks, through the same public API.
/// </summary>
public sealed class SeededRulesTests(GeneratedFirm generated) : IClassFixture<GeneratedFirm>
{
    private readonly SeededFirm _firm = generated.Firm;

    [Fact]
    public void EveryRestrictedParty_HasAnActiveDesignatedAdviser()
    {
        var covered = _firm.Coverage.Where(c => c.To is null).ToList();
        var byParty = covered.Where(c => c.PartyId is not null).Select(c => c.PartyId!.Value).ToHashSet();
        var byHousehold = covered.Where(c => c.HouseholdId is not null).Select(c => c.HouseholdId!.Value).ToHashSet();
        var restricted = _firm.Parties.Where(p => p.IsRestricted).ToList();

        Assert.NotEmpty(restricted);
        Assert.All(restricted, p => Assert.True(
            byParty.Contains(p.Id) || (p.HouseholdId is { } household && byHousehold.Contains(household)),
            $"{p.DisplayName} is restricted with no active designated adviser"));
        Assert.All(_firm.Households.Where(h => h.IsRestricted), h => Assert.Contains(h.Id, byHousehold));
    }

    [Fact]
    public void NoOutcome_IsDecidedByItsReporter_OrAnyoneInTheReportersLine()
    {
        var users = _firm.Users.ToDictionary(u => u.Id);
        var managerOf = _firm.Users.ToDictionary(u => u.Id, u => u.ManagerId);
        var decided = _firm.Outcomes.Where(o => o.DecidedById is not null).ToList();

        Assert.NotEmpty(decided);
        Assert.All(decided, o =>
        {
            Assert.NotEqual(o.ReportedById, o.DecidedById);
            Assert.Equal(FirmRole.Controller, users[o.DecidedById!.Value].Role);
            Assert.False(ReportingLine.Of(o.ReportedById, managerOf).Contains(o.DecidedById.Value));
        });
        Assert.All(_firm.Outcomes, o => Assert.Equal(FirmRole.Rep, users[o.ReportedById].Role));
    }

    [Fact]
    public void Outcomes_AreValid_ForTheirStatus()
    {
        Assert.All(_firm.Outcomes, o =>
        {
            Money.Positive(o.Amount, o.Currency);
            Assert.True(o.PartyId is not null || o.HouseholdId is not null);
            Assert.True(o.ReportedAt <= GeneratedFirm.Now);
            switch (o.Status)
            {
                case OutcomeStatus.Confirmed:
                    Assert.NotNull(o.Evidence);
                    Assert.True(o.DecidedAt > o.ReportedAt && o.DecidedAt <= GeneratedFirm.Now);
                    break;
                case OutcomeStatus.Rejected:
                    Assert.NotNull(o.DecisionReason);
                    Assert.NotNull(o.DecidedById);
                    break;
                case OutcomeStatus.Lapsed:
                    Assert.Equal(OutcomeKind.AssetsPledged, o.Kind);
                    Assert.Null(o.DecidedById);
                    break;
                default:
                    Assert.Null(o.DecidedAt);
                    break;
            }
        });
    }

    [Fact]
    public void NaturalKeys_AndRuleKeys_AndIds_AreUnique()
    {
        var keys = _firm.Interactions.Where(i => i.NaturalKey is not null).Select(i => i.NaturalKey).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(_firm.Interactions.Where(i => i.Source == InteractionSource.Captured), i => Assert.NotNull(i.NaturalKey));
        Assert.All(_firm.Interactions.Where(i => i.Channel == Channel.Email), i => Assert.Equal(i.InternetMessageId, i.NaturalKey));
        Assert.All(_firm.Interactions.Where(i => i.Channel == Channel.Meeting), i =>
            Assert.Equal(Interaction.MeetingKey(i.ICalUId!, i.OccurrenceStart!.Value), i.NaturalKey));

        var ruleKeys = _firm.FollowUps.Where(f => f.RuleKey is not null).Select(f => f.RuleKey).ToList();
        Assert.Equal(ruleKeys.Count, ruleKeys.Distinct(StringComparer.Ordinal).Count());

        var ids = _firm.Users.Select(r => r.Id).Concat(_firm.Teams.Select(r => r.Id)).Concat(_firm.Parties.Select(r => r.Id))
            .Concat(_firm.Households.Select(r => r.Id)).Concat(_firm.EmailAddresses.Select(r => r.Id)).Concat(_firm.Phones.Select(r => r.Id))
            .Concat(_firm.PostalAddresses.Select(r => r.Id)).Concat(_firm.Interactions.Select(r => r.Id)).Concat(_firm.FollowUps.Select(r => r.Id))
            .Concat(_firm.Outcomes.Select(r => r.Id)).Concat(_firm.Coverage.Select(r => r.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Names_AreUniqueWhereTheModelSaysSo()
    {
        Assert.Equal(_firm.OrganisationDomains.Count, _firm.OrganisationDomains.Select(d => d.Domain).Distinct().Count());
        Assert.Equal(_firm.Initiatives.Count, _firm.Initiatives.Select(d => d.Name).Distinct().Count());
        Assert.Equal(_firm.Products.Count, _firm.Products.Select(d => d.Code).Distinct().Count());
        Assert.Equal(_firm.Teams.Count, _firm.Teams.Select(d => d.Name).Distinct().Count());
        Assert.DoesNotContain(_firm.Departments.GroupBy(d => (d.OrganisationId, d.Name)), g => g.Count() > 1);
        Assert.DoesNotContain(_firm.Offices.GroupBy(d => (d.OrganisationId, d.Name)), g => g.Count() > 1);
        Assert.DoesNotContain(_firm.EmailAddresses.GroupBy(e => (e.PartyId, e.Address)), g => g.Count() > 1);
        Assert.All(_firm.EmailAddresses.GroupBy(e => e.PartyId), g => Assert.Single(g, e => e.IsPrimary));
    }

    [Fact]
    public void Addresses_PhonesAndDomains_PassTheEntitiesChecks()
    {
        var person = new Person("Test", "Person", PartyStatus.Client, GeneratedFirm.Now);
        var organisation = new Organisation("Test Organisation AG", PartyStatus.Client, GeneratedFirm.Now);

        Assert.All(_firm.EmailAddresses, e => Assert.Equal(e.Address, MailAddressText.Normalize(e.Address)));
        Assert.All(_firm.Users, u => Assert.Equal(u.Email, MailAddressText.Normalize(u.Email)));
        Assert.All(_firm.Phones, p => person.AddPhone(p.Number, p.Kind));
        Assert.All(_firm.PostalAddresses, a => person.AddAddress(a.Kind, new[] { a.Line1, a.Line2, a.Line3 }.OfType<string>().ToList(), a.City, a.Region, a.Postcode, a.CountryCode));
        Assert.All(_firm.OrganisationDomains, d => organisation.AddDomain(d.Domain));
        Assert.Contains("gmail.com", SeededFirm.FreeMailDomains);
        Assert.DoesNotContain(_firm.OrganisationDomains, d => SeededFirm.FreeMailDomains.Contains(d.Domain));
        // Capture never matches an organisation by a domain of the system's free-mail list: no seeded one may have one.
        Assert.DoesNotContain(_firm.OrganisationDomains, d => FreeMailDomains.Contains(d.Domain));
        Assert.All(_firm.EmailAddresses.Where(e => e.Kind == EmailKind.FreeMail),
            e => Assert.Contains(MailAddressText.DomainOf(e.Address), SeededFirm.FreeMailDomains));
    }

    [Fact]
    public void Users_PassTheEntitysChecks()
    {
        Assert.All(_firm.Users, u =>
        {
            var user = new FirmUser(u.EntraObjectId, u.DisplayName, u.Email, u.TimeZoneId, u.Role, u.Specialty);
            Assert.Equal(u.Email, user.Email);
        });
        Assert.All(_firm.Users.Where(u => u.ManagerId is not null), u => Assert.NotEqual(u.Id, u.ManagerId));
    }

    [Fact]
    public void Parties_PassTheEntitiesChecks()
    {
        Assert.All(_firm.Parties, p =>
        {
            if (p.Kind == PartyKind.Person)
            {
                _ = new Person(p.GivenName!, p.FamilyName!, p.Status, p.CreatedAt);
                Assert.Equal($"{p.GivenName} {p.FamilyName}", p.DisplayName);
            }
            else
            {
                Assert.Equal(p.LegalName, new Organisation(p.LegalName!, p.Status, p.CreatedAt).DisplayName);
            }

            Assert.InRange(p.InfluenceWeight ?? 0, 0, 100);
            Assert.True(p.CreatedAt <= GeneratedFirm.Now);
        });

        // The org chart stays inside one organisation.
        var organisationOf = _firm.Parties.ToDictionary(p => p.Id, p => p.OrganisationId);
        Assert.All(_firm.Parties.Where(p => p.ReportsToId is not null), p => Assert.Equal(p.OrganisationId, organisationOf[p.ReportsToId!.Value]));
        var officeOf = _firm.Offices.ToDictionary(o => o.Id, o => o.OrganisationId);
        Assert.All(_firm.Departments.Where(d => d.OfficeId is not null), d => Assert.Equal(d.OrganisationId, officeOf[d.OfficeId!.Value]));
    }

    [Fact]
    public void Interactions_AreConsistent_InTimeAndDirection()
    {
        Assert.All(_firm.Interactions, i =>
        {
            Assert.True(i.EndsAt is null || i.EndsAt >= i.OccurredAt);
            Assert.True(i.CreatedAt <= GeneratedFirm.Now);
            Assert.True(i.Channel != Channel.Note || i.Direction == Direction.Internal);
            Assert.True(i.Source == InteractionSource.Logged == (i.LoggedById is not null));
            Assert.True(i.Notes is null == (i.NotesRecordedAt is null));
        });

        var times = _firm.Interactions.ToDictionary(i => i.Id, i => i.OccurredAt);
        Assert.All(_firm.InteractionParties, p => Assert.Equal(times[p.InteractionId], p.OccurredAt));
        Assert.All(_firm.InteractionReps, r => Assert.Equal(times[r.InteractionId], r.OccurredAt));
        var withReps = _firm.InteractionReps.Select(r => r.InteractionId).ToHashSet();
        Assert.All(_firm.Interactions, i => Assert.Contains(i.Id, withReps));
    }

    [Fact]
    public void FollowUps_AreValid_ForTheirStatus()
    {
        Assert.All(_firm.FollowUps, f =>
        {
            Assert.True(f.Reason == FollowUpReason.Manual || f.RuleKey is not null);
            Assert.True(f.CreatedAt <= GeneratedFirm.Now);
            switch (f.Status)
            {
                case FollowUpStatus.Completed:
                    Assert.NotNull(f.ClosedById);
                    Assert.True(f.ClosedAt >= f.CreatedAt);
                    break;
                case FollowUpStatus.AutoClosed:
                    Assert.Null(f.ClosedById);
                    Assert.NotNull(f.ClosedHow);
                    Assert.True(f.ClosedAt >= f.CreatedAt);
                    break;
                case FollowUpStatus.Snoozed:
                    Assert.NotNull(f.SnoozedUntil);
                    break;
                default:
                    Assert.Null(f.ClosedAt);
                    break;
            }
        });
    }

    [Fact]
    public void Tiers_AndCadenceOverrides_AreValidPolicies()
    {
        Assert.All(_firm.Tiers, t => Assert.True(t.Cadence.ContactAtLeastEveryDays > 0));
        Assert.All(_firm.Parties.Where(p => p.CadenceOverride is not null),
            p => _ = new CadencePolicy(p.CadenceOverride!.ContactAtLeastEveryDays, p.CadenceOverride.MaxContacts, p.CadenceOverride.WindowDays));
        Assert.All(_firm.Households, h => Money.Of(h.AssetsAmount, h.AssetsCurrency));
        Assert.All(_firm.Initiatives, i => Money.Of(i.CostAmount, i.CostCurrency));
    }
}
