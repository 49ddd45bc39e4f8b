using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Seeding.Rows;
using OutlookCms.Domain.Seeding.Vocabulary;

namespace OutlookCms.Domain.Seeding.Building;

/// <summary>
/// Who covers a client: corporates go to investment bankers, family offices, foundations and the wealthiest families
/// (and every US client) to high-net-worth specialists, the rest to the wealth advisers of the client's region.
/// </summary>
internal sealed class Coverage(SeededFirm firm, SeedIds ids, Staff staff, Random random)
{
    public const decimal HighNetWorth = 5_000_000m;

    public Rep PickPrimary(UnitKind kind, OrganisationKind? organisationKind, decimal assets, string region) =>
        random.Pick(staff.Of(TeamFor(kind, organisationKind, assets, region), region));

    /// <summary>A second adviser for about one client in five: a colleague, or a specialist from another desk.</summary>
    public Rep? PickSecondary(Rep primary, UnitKind kind, OrganisationKind? organisationKind)
    {
        if (!random.Chance(0.2))
        {
            return null;
        }

        var team = random.Chance(0.6) ? primary.Team : (kind, organisationKind) switch
        {
            (UnitKind.Organisation, Vocabulary.OrganisationKind.Corporate) => FirmPlan.PrivateClients,
            (UnitKind.Organisation, Vocabulary.OrganisationKind.FamilyOffice) => FirmPlan.InvestmentBanking,
            _ when primary.Team == FirmPlan.PrivateClients => FirmPlan.InvestmentBanking,
            _ => FirmPlan.PrivateClients,
        };
        var others = staff.Of(team, primary.Region).Where(r => r != primary).ToList();
        return others.Count == 0 ? null : random.Pick(others);
    }

    /// <summary>
    /// Designates the advisers of a party or household. About one relationship in sixteen changed adviser during the
    /// last year (the earlier assignment is kept, ended); a former client's coverage has ended altogether.
    /// </summary>
    public void Assign(Guid? partyId, Guid? householdId, Rep primary, Rep? secondary, DateTimeOffset since, PartyStatus status, DateTimeOffset now)
    {
        if (status == PartyStatus.Former)
        {
            var ended = Later(since, now.AddDays(-random.Between(150, 400)));
            Add(partyId, householdId, primary.Id, CoverageRole.Primary, since, ended);
            return;
        }

        var from = since;
        if (random.Chance(1.0 / 16) && since < now.AddDays(-60))
        {
            var handover = Later(since, now.AddDays(-random.Between(30, 365)));
            var predecessor = random.Pick(staff.Of(primary.Team, primary.Region).Concat(staff.Reps).Where(r => r != primary).ToList());
            Add(partyId, householdId, predecessor.Id, CoverageRole.Primary, since, handover);
            from = handover;
        }

        Add(partyId, householdId, primary.Id, CoverageRole.Primary, from, null);
        if (secondary is not null)
        {
            Add(partyId, householdId, secondary.Id, CoverageRole.Secondary, Later(from, now.AddDays(-random.Between(20, 500))), null);
        }
    }

    /// <summary>Lets another team, or a single colleague, see a restricted client (a joint mandate, a deputy).</summary>
    public void Share(Guid partyId, Rep primary, DateTimeOffset since, DateTimeOffset now)
    {
        var at = Later(since, now.AddDays(-random.Between(5, 300)));
        var id = ids.For(SeedTable.PartyShare, firm.ShareList.Count);
        if (random.Chance(0.5))
        {
            var team = primary.Team == FirmPlan.InvestmentBanking ? FirmPlan.PrivateClients : FirmPlan.InvestmentBanking;
            firm.ShareList.Add(new PartyShareRow(id, partyId, null, staff.TeamIds[team], primary.Id, at, "Joint coverage of the mandate"));
        }
        else
        {
            var deputy = random.Pick(staff.Of(primary.Team, primary.Region).Where(r => r != primary).DefaultIfEmpty(staff.Reps[0]).ToList());
            firm.ShareList.Add(new PartyShareRow(id, partyId, deputy.Id, null, primary.Id, at, "Deputy while the adviser is on leave"));
        }
    }

    private static TeamPlan TeamFor(UnitKind kind, OrganisationKind? organisationKind, decimal assets, string region)
    {
        var wealth = region == FirmPlan.London ? FirmPlan.LondonWealth : FirmPlan.ZurichWealth;
        return kind switch
        {
            UnitKind.Organisation => organisationKind switch
            {
                OrganisationKind.Corporate => FirmPlan.InvestmentBanking,
                OrganisationKind.FamilyOffice or OrganisationKind.Foundation => FirmPlan.PrivateClients,
                _ => region == FirmPlan.NewYork ? FirmPlan.PrivateClients : wealth,
            },
            _ => region == FirmPlan.NewYork || assets >= HighNetWorth ? FirmPlan.PrivateClients : wealth,
        };
    }

    private void Add(Guid? partyId, Guid? householdId, Guid adviserId, CoverageRole role, DateTimeOffset from, DateTimeOffset? to) =>
        firm.CoverageList.Add(new CoverageRow(ids.For(SeedTable.CoverageAssignment, firm.CoverageList.Count), partyId, householdId, adviserId, role, from, to));

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
