using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Outcomes;
using OutlookCms.Domain.Seeding;

namespace OutlookCms.Domain.Tests.Seeding;

/// <summary>The generator's promises about what the scale-1 firm looks like, and that it is the same every time.</summary>
public sealed class FirmGeneratorTests(GeneratedFirm generated) : IClassFixture<GeneratedFirm>
{
    private readonly SeededFirm _firm = generated.Firm;

    [Fact]
    public void Generate_GivesTheSameFirm_ForTheSameSeedScaleAndNow()
    {
        var again = FirmGenerator.Generate(GeneratedFirm.Spec);

        Assert.Equal(_firm.RowCounts, again.RowCounts);
        Assert.Equal(_firm.Users, again.Users);
        Assert.Equal(_firm.Parties, again.Parties);
        Assert.Equal(_firm.EmailAddresses, again.EmailAddresses);
        Assert.Equal(_firm.Interactions, again.Interactions);
        Assert.Equal(_firm.InteractionParties, again.InteractionParties);
        Assert.Equal(_firm.FollowUps, again.FollowUps);
        Assert.Equal(_firm.Outcomes, again.Outcomes);
    }

    [Fact]
    public void Generate_GivesAnotherFirm_ForAnotherSeed()
    {
        var other = FirmGenerator.Generate(new SeedSpec(43, 1, GeneratedFirm.Now));

        Assert.Empty(other.Users.Select(u => u.Id).Intersect(_firm.Users.Select(u => u.Id)));
        Assert.NotEqual(_firm.Users.Select(u => u.Email), other.Users.Select(u => u.Email));
        Assert.Empty(other.Parties.Select(p => p.Id).Intersect(_firm.Parties.Select(p => p.Id)));
    }

    [Fact]
    public void Staff_Is25RepsInFourTeams_WithManagersControllersAndAdmins()
    {
        var reps = _firm.Users.Where(u => u.Role == FirmRole.Rep).ToList();
        var teams = _firm.Teams.ToDictionary(t => t.Id);

        Assert.Equal(25, reps.Count);
        Assert.Equal([7, 6, 6, 6], reps.GroupBy(r => r.TeamId).Select(g => g.Count()).OrderByDescending(c => c));
        Assert.Equal(4, reps.Select(r => r.TeamId).Distinct().Count());
        Assert.Equal(
            [RepSpecialty.WealthAdviser, RepSpecialty.HighNetWorthSpecialist, RepSpecialty.InvestmentBanker],
            reps.Select(r => r.Specialty!.Value).Distinct().Order());
        Assert.Equal(5, _firm.Users.Count(u => u.Role == FirmRole.Manager));
        Assert.Equal(2, _firm.Users.Count(u => u.Role == FirmRole.Controller));
        Assert.InRange(_firm.Users.Count(u => u.Role == FirmRole.Admin), 1, 2);
        Assert.All(reps, r => Assert.Equal(FirmRole.Manager, _firm.Users.Single(u => u.Id == r.ManagerId).Role));
        Assert.All(reps, r => Assert.Equal(r.ManagerId, teams[r.TeamId!.Value].ManagerId));
    }

    [Fact]
    public void Staff_HaveFirmMailboxesAndTheirSeatsTimeZones()
    {
        Assert.All(_firm.Users, u => Assert.Matches(@"^[a-z\-]+\.[a-z\-]+@northbridge-wealth\.example$", u.Email));
        Assert.Equal(_firm.Users.Count, _firm.Users.Select(u => u.Email).Distinct().Count());
        Assert.Equal(_firm.Users.Count, _firm.Users.Select(u => u.EntraObjectId).Distinct().Count());
        Assert.Equal(["America/New_York", "Europe/London", "Europe/Zurich"], _firm.Users.Select(u => u.TimeZoneId).Distinct().Order());
        Assert.All(_firm.Users, u => Assert.Equal(4, (u.EntraObjectId.ToByteArray(bigEndian: true)[6] >> 4)));
    }

    [Fact]
    public void ClientBook_HasAbout5000Parties_OfEveryKind()
    {
        Assert.InRange(_firm.Parties.Count, 5000, 5015);
        var organisations = _firm.Parties.Where(p => p.Kind == PartyKind.Organisation).ToList();
        var people = _firm.Parties.Where(p => p.Kind == PartyKind.Person).ToList();
        Assert.InRange(organisations.Count, 400, 900);
        Assert.True(people.Count(p => p.OrganisationId is not null) > 1000, "people at organisations");
        Assert.True(people.Count(p => p.HouseholdId is not null) > 1000, "people in households");
        Assert.True(people.Count(p => p.OrganisationId is null && p.HouseholdId is null) > 400, "individual clients");
        Assert.Equal([PartyStatus.Prospect, PartyStatus.Client, PartyStatus.Former], _firm.Parties.Select(p => p.Status).Distinct().Order());
    }

    [Fact]
    public void Organisations_HaveDomainsOfficesDepartmentsAndAnOrgChart()
    {
        var withPeople = _firm.Parties.Where(p => p.OrganisationId is not null).GroupBy(p => p.OrganisationId!.Value).ToList();

        Assert.All(_firm.Parties.Where(p => p.Kind == PartyKind.Organisation), o =>
        {
            Assert.Contains(_firm.OrganisationDomains, d => d.OrganisationId == o.Id);
            Assert.Contains(_firm.Offices, d => d.OrganisationId == o.Id);
        });
        Assert.All(withPeople, staff => Assert.Single(staff, p => p.ReportsToId is null));
        Assert.Contains(withPeople, staff => staff.Count() >= 8);
        Assert.Contains(withPeople, staff => staff.Any(p => p.RoleAtOrganisation == OrganisationRole.AccountsPayableContact));
        Assert.Equal(Enum.GetValues<OrganisationRole>().Where(r => r != OrganisationRole.Other).Order(),
            _firm.Parties.Where(p => p.RoleAtOrganisation is not null && p.RoleAtOrganisation != OrganisationRole.Other).Select(p => p.RoleAtOrganisation!.Value).Distinct().Order());

        // "In which office is accounts payable?" has an answer that is not always the head office.
        var payables = _firm.Departments.Where(d => d.Name == "Accounts Payable").ToList();
        var headOffices = _firm.Offices.Where(o => o.Name == "Head office").Select(o => o.Id).ToHashSet();
        Assert.NotEmpty(payables);
        Assert.Contains(payables, d => !headOffices.Contains(d.OfficeId!.Value));
    }

    [Fact]
    public void People_HaveSeveralAddressesOfEveryKind_IncludingFreeMail()
    {
        Assert.Equal(Enum.GetValues<EmailKind>().Order(), _firm.EmailAddresses.Select(e => e.Kind).Distinct().Order());
        Assert.Contains(_firm.EmailAddresses, e => e.Address.EndsWith("@gmail.com", StringComparison.Ordinal));
        Assert.True(_firm.EmailAddresses.GroupBy(e => e.PartyId).Count(g => g.Count() >= 2) > 1000, "parties with two or more email addresses");
        Assert.Equal(Enum.GetValues<AddressKind>().Order(), _firm.PostalAddresses.Select(a => a.Kind).Distinct().Order());
        Assert.Contains(_firm.Phones, p => p.Kind == PhoneKind.Mobile);

        // A few couples share one address: matching it must be reported as ambiguous, not guessed.
        Assert.Contains(_firm.EmailAddresses.GroupBy(e => e.Address), g => g.Count() == 2);
    }

    [Fact]
    public void Households_GroupPeople_AndCarryAssets()
    {
        Assert.InRange(_firm.Households.Count, 500, 1000);
        Assert.All(_firm.Households, h => Assert.Contains(_firm.Parties, p => p.HouseholdId == h.Id));
        Assert.True(_firm.Households.Count(h => h.AssetsAmount >= 10_000_000m) > 10, "households with 10 million or more");
        Assert.Equal(["CHF", "EUR", "GBP", "USD"], _firm.Households.Select(h => h.AssetsCurrency).Distinct().Order());
    }

    [Fact]
    public void TiersAndCoverage_AreInPlace_WithSomeRestrictedClients()
    {
        Assert.Equal(["Platinum", "Gold", "Silver", "Prospect"], _firm.Tiers.OrderBy(t => t.Rank).Select(t => t.Name));
        var platinum = _firm.Tiers.Single(t => t.Name == "Platinum");
        Assert.Equal((14, 3, 7), (platinum.CadenceMinEveryDays, platinum.CadenceMaxContacts, platinum.CadenceWindowDays));
        Assert.InRange(_firm.Parties.Count(p => p.IsRestricted), 20, 400);
        Assert.Contains(_firm.Households, h => h.IsRestricted);
        Assert.Contains(_firm.Coverage, c => c.HouseholdId is not null);
        Assert.Contains(_firm.Coverage, c => c.To is not null);
        Assert.Contains(_firm.Coverage, c => c.Role == CoverageRole.Secondary);
        Assert.Contains(_firm.Parties, p => p.CadenceOverride is not null);
    }

    [Fact]
    public void History_IsSixMonthsOfEveryChannel_EndingNow()
    {
        var past = _firm.Interactions.Where(i => i.OccurredAt <= GeneratedFirm.Now).ToList();

        Assert.InRange(_firm.Interactions.Count, 45_000, 55_000);
        Assert.Equal(Enum.GetValues<Channel>().Order(), _firm.Interactions.Select(i => i.Channel).Distinct().Order());
        Assert.Equal(Enum.GetValues<InteractionSource>().Order(), _firm.Interactions.Select(i => i.Source).Distinct().Order());
        Assert.True(past.Min(i => i.OccurredAt) >= GeneratedFirm.Spec.HistoryStart.AddDays(-2));
        Assert.Contains(past, i => i.OccurredAt > GeneratedFirm.Now.AddHours(-24));
        var months = past.Select(i => (i.OccurredAt.Year, i.OccurredAt.Month)).Distinct().Count();
        Assert.InRange(months, 6, 7);

        // Meetings already in the calendar: "when is my next call?"
        var future = _firm.Interactions.Where(i => i.OccurredAt > GeneratedFirm.Now).ToList();
        Assert.NotEmpty(future);
        Assert.All(future, i => Assert.Equal(Channel.Meeting, i.Channel));
    }

    [Fact]
    public void History_HasThreads_MeetingNotes_CopiedReps_AndCoverageBreaches()
    {
        Assert.Contains(_firm.Interactions, i => i.InReplyToMessageId is not null);
        Assert.Contains(_firm.Interactions, i => i.Channel == Channel.Meeting && i.Notes is not null);
        Assert.Contains(_firm.Interactions, i => i.Channel == Channel.Meeting && i.IsCancelled);
        Assert.Contains(_firm.InteractionReps.GroupBy(r => r.InteractionId), g => g.Count() >= 2);
        Assert.NotEmpty(_firm.CoverageBreaches);
        Assert.Contains(_firm.CoverageBreaches, b => b.ReviewedAt is not null);
        Assert.Contains(_firm.CoverageBreaches, b => b.ReviewedAt is null);
    }

    [Fact]
    public void Cadence_SomeClientsAreOverdue_SomeContactedTooOften_MostAreNeither()
    {
        var status = CadenceStatus.Of(_firm, GeneratedFirm.Now);

        Assert.True(status.Overdue > 50, $"{status.Overdue} overdue");
        Assert.True(status.TooOften > 20, $"{status.TooOften} contacted too often");
        Assert.True(status.Overdue + status.TooOften < status.WithCadence / 3,
            $"{status.Overdue} overdue and {status.TooOften} too often of {status.WithCadence}");
    }

    [Fact]
    public void FollowUps_ComeInEveryReasonAndStatus_SomeOverdue()
    {
        Assert.Equal(Enum.GetValues<FollowUpReason>().Order(), _firm.FollowUps.Select(f => f.Reason).Distinct().Order());
        Assert.Equal(Enum.GetValues<FollowUpStatus>().Order(), _firm.FollowUps.Select(f => f.Status).Distinct().Order());
        Assert.Contains(_firm.FollowUps, f => f.Status == FollowUpStatus.Open && f.DueAt < GeneratedFirm.Now);
        Assert.Contains(_firm.FollowUps, f => f.Status == FollowUpStatus.Open && f.DueAt > GeneratedFirm.Now);
    }

    [Fact]
    public void Outcomes_ComeInEveryKindAndStatus_IncludingPledgesInThePipeline()
    {
        Assert.InRange(_firm.Outcomes.Count, 200, 900);
        Assert.Equal(Enum.GetValues<OutcomeKind>().Order(), _firm.Outcomes.Select(o => o.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<OutcomeStatus>().Order(), _firm.Outcomes.Select(o => o.Status).Distinct().Order());
        Assert.Contains(_firm.Outcomes, o => o.Kind == OutcomeKind.AssetsPledged && o.Status == OutcomeStatus.Reported && o.ExpectedOn > DateOnly.FromDateTime(GeneratedFirm.Now.UtcDateTime));
        Assert.Contains(_firm.Outcomes, o => o.Kind == OutcomeKind.AssetsPledged && o.Status == OutcomeStatus.Confirmed);
        Assert.Contains(_firm.Outcomes, o => o.PartyId is null && o.HouseholdId is not null);
        Assert.All(_firm.Outcomes, o => Assert.Contains(_firm.OutcomeInteractions, l => l.OutcomeId == o.Id));
    }

    [Fact]
    public void Initiatives_AreTheRallyGolfSymphonyAndMuseum_WithProductsAndBrochures()
    {
        var names = string.Join(" | ", _firm.Initiatives.Select(i => i.Name));
        Assert.Contains("Classic Car Rally", names, StringComparison.Ordinal);
        Assert.Contains("Golf", names, StringComparison.Ordinal);
        Assert.Contains("Symphony", names, StringComparison.Ordinal);
        Assert.Contains("Museum", names, StringComparison.Ordinal);
        Assert.Equal(Enum.GetValues<InitiativeKind>().Order(), _firm.Initiatives.Select(i => i.Kind).Distinct().Order());
        Assert.Contains(_firm.Initiatives, i => i.StartsOn > DateOnly.FromDateTime(GeneratedFirm.Now.UtcDateTime));

        Assert.All(_firm.Initiatives.Where(i => i.StartsOn <= DateOnly.FromDateTime(GeneratedFirm.Now.UtcDateTime)), i =>
        {
            Assert.Contains(_firm.PartyInitiatives, t => t.InitiativeId == i.Id);
            Assert.Contains(_firm.InteractionInitiatives, t => t.InitiativeId == i.Id);
        });
        Assert.NotEmpty(_firm.OutcomeInitiatives);
        Assert.Contains(_firm.Products, p => !p.IsActive);
        Assert.All(_firm.Products, p => Assert.Contains(_firm.Materials, m => m.ProductId == p.Id));
        Assert.True(_firm.MaterialsSent.Count > 500);
        Assert.Contains(_firm.MaterialsSent, m => m.InteractionId is not null);
    }

    [Fact]
    public void Scale_MultipliesPartiesAndInteractions_NotStaff()
    {
        var bigger = FirmGenerator.Generate(new SeedSpec(42, 2, GeneratedFirm.Now));

        Assert.Equal(_firm.Users.Count, bigger.Users.Count);
        Assert.InRange(bigger.Parties.Count, 10_000, 10_015);
        Assert.InRange(bigger.Interactions.Count, 90_000, 110_000);
    }
}
