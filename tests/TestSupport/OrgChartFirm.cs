using OutlookCms.Domain.Clients;

namespace OutlookCms.TestSupport;

/// <summary>
/// A client organisation with a structure to chart: two offices, accounts payable in the Basel one, a CEO, a CFO
/// reporting to her and an accounts-payable clerk reporting to him, and a restricted board member only their adviser sees.
/// </summary>
public sealed record OrgChartFirm(Organisation Organisation, Person Ceo, Person Cfo, Person Clerk, Person Restricted)
{
    public static async Task<OrgChartFirm> SeedAsync(PostgresDatabase database, string name, Guid restrictedAdviserId)
    {
        var now = DateTimeOffset.UtcNow;
        var organisation = new Organisation(name, PartyStatus.Client, now.AddYears(-5));
        var zurich = organisation.AddOffice("Head office", ["Paradeplatz 8"], "Zürich", null, "8001", "CH");
        var basel = organisation.AddOffice("Basel office", ["Aeschenvorstadt 1"], "Basel", null, "4051", "CH");
        var payables = organisation.AddDepartment("Accounts Payable", basel);
        var board = organisation.AddDepartment("Executive Board", zurich);
        var ceo = Person("Helena", "Vogt", organisation, board, "Chief Executive Officer", OrganisationRole.DecisionMaker, 90, now);
        var cfo = Person("Marc", "Keller", organisation, board, "Chief Financial Officer", OrganisationRole.Buyer, 70, now);
        var clerk = Person("Sara", "Frei", organisation, payables, "Payables Clerk", OrganisationRole.AccountsPayableContact, 10, now);
        var restricted = Person("Rolf", "Geheim", organisation, board, "Board Member", OrganisationRole.Influencer, 50, now);
        restricted.Restrict();
        cfo.ReportTo(ceo);
        clerk.ReportTo(cfo);
        await using var db = database.NewDb();
        db.Organisations.Add(organisation);
        db.People.AddRange(ceo, cfo, clerk, restricted);
        db.CoverageAssignments.Add(CoverageAssignment.ForParty(restricted.Id, restrictedAdviserId, CoverageRole.Primary, now.AddYears(-1)));
        await db.SaveChangesAsync();
        return new OrgChartFirm(organisation, ceo, cfo, clerk, restricted);
    }

    private static Person Person(string given, string family, Organisation organisation, Department department, string title,
        OrganisationRole role, int influence, DateTimeOffset now)
    {
        var person = new Person(given, family, PartyStatus.Client, now.AddYears(-3));
        person.WorkAt(organisation, department, null, title, role, influence);
        person.AddPhone("+41 61 200 " + influence.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + " 00", PhoneKind.Work);
        return person;
    }
}
