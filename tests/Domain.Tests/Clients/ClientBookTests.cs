using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Clients;

public sealed class ClientBookTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Organisation_KeepsOfficesDepartmentsAndOrgChart()
    {
        var org = Some.Organisation();
        org.AddDomain("@Client-" + Guid.NewGuid().ToString("N")[..8] + ".Example");
        var head = org.AddOffice("Head office", ["1 Bahnhofstrasse"], "Zurich", null, "8001", "ch");
        var ops = org.AddOffice("Operations", ["5 Industriestrasse", "Building C"], "Winterthur", null, "8400", "CH");
        var payables = org.AddDepartment("Accounts payable", ops);
        var treasury = org.AddDepartment("Treasury", head);
        org.AddAddress(AddressKind.Billing, ["PO Box 12"], "Zurich", null, "8021", "CH");
        var cfo = Some.Person("Cfo");
        cfo.WorkAt(org, treasury, null, "CFO", OrganisationRole.DecisionMaker, 90);
        var clerk = Some.Person("Clerk");
        clerk.WorkAt(org, payables, null, "AP clerk", OrganisationRole.AccountsPayableContact, 10);
        clerk.ReportTo(cfo);
        clerk.AddPhone("+41 52 123 45 67", PhoneKind.Work);

        await using (var db = database.NewDb())
        {
            db.Parties.AddRange(org, cfo, clerk);
            await db.SaveChangesAsync();
        }

        await using var check = database.NewDb();
        // In which office is accounts payable?
        var apOffice = await (
            from d in check.Departments
            join o in check.Offices.Include(o => o.Address) on d.OfficeId equals o.Id
            where d.OrganisationId == org.Id && d.Name == "Accounts payable"
            select o).SingleAsync();
        Assert.Equal("Operations", apOffice.Name);
        Assert.Equal("Winterthur", apOffice.Address!.City);
        Assert.Equal(["5 Industriestrasse", "Building C"], apOffice.Address.Lines);
        // Who decides, who reports to whom, and the billing address.
        var decisionMaker = await check.People.SingleAsync(p => p.OrganisationId == org.Id && p.RoleAtOrganisation == OrganisationRole.DecisionMaker);
        Assert.Equal(cfo.Id, decisionMaker.Id);
        Assert.Equal(90, decisionMaker.InfluenceWeight);
        var storedClerk = await check.People.Include(p => p.Phones).SingleAsync(p => p.Id == clerk.Id);
        Assert.Equal(cfo.Id, storedClerk.ReportsToId);
        Assert.Equal(ops.Id, storedClerk.OfficeId);
        Assert.Equal("+41 52 123 45 67", storedClerk.Phones.Single().Number);
        var storedOrg = await check.Organisations.Include(o => o.Addresses).Include(o => o.Domains).SingleAsync(o => o.Id == org.Id);
        Assert.Equal("PO Box 12", storedOrg.AddressOf(AddressKind.Billing)!.Line1);
        Assert.Equal(org.Domains.Single().Domain, storedOrg.Domains.Single().Domain);
        Assert.Equal(storedOrg.Domains.Single().Domain.ToLowerInvariant(), storedOrg.Domains.Single().Domain);
        Assert.Equal(PartyKind.Organisation, (await check.Parties.SingleAsync(p => p.Id == org.Id)).Kind);
    }

    [Fact]
    public async Task Email_IsStoredLowerCase_AndFoundByAddress()
    {
        var local = Some.Unique("Ada");
        var person = Some.Person();
        person.AddEmail($"  {local}@Client.Example ", EmailKind.Work);
        person.AddEmail($"{local}@GMAIL.com", EmailKind.FreeMail, isPrimary: true);
        await using (var db = database.NewDb())
        {
            db.Parties.Add(person);
            await db.SaveChangesAsync();
        }

        await using var check = database.NewDb();
        var lookup = $"{local}@client.example".ToLowerInvariant();
        var found = await check.EmailAddresses.Where(e => e.Address == lookup).Select(e => e.PartyId).SingleAsync();
        Assert.Equal(person.Id, found);
        var primary = await check.EmailAddresses.SingleAsync(e => e.PartyId == person.Id && e.IsPrimary);
        Assert.Equal(EmailKind.FreeMail, primary.Kind);
    }

    [Fact]
    public void AddEmail_Throws_WhenTheAddressIsInvalidOrAlreadyThere()
    {
        var person = Some.Person();
        person.AddEmail("ada@client.example", EmailKind.Work);

        Assert.Equal("address", Assert.Throws<DomainRuleException>(() => person.AddEmail("ADA@client.example", EmailKind.Personal)).Field);
        Assert.Throws<DomainRuleException>(() => person.AddEmail("Ada <ada@client.example>", EmailKind.Work));
        Assert.Throws<DomainRuleException>(() => person.AddEmail("not an address", EmailKind.Work));
        Assert.Throws<DomainRuleException>(() => person.AddEmail(new string('a', 320) + "@x.example", EmailKind.Work));
    }

    [Fact]
    public async Task SameAddressOnTwoParties_IsAllowed_SoMatchingCanReportItAsAmbiguous()
    {
        var shared = $"{Some.Unique("office")}@family.example".ToLowerInvariant();
        var husband = Some.Person();
        var wife = Some.Person();
        husband.AddEmail(shared, EmailKind.Personal);
        wife.AddEmail(shared, EmailKind.Personal);
        await using var db = database.NewDb();
        db.Parties.AddRange(husband, wife);

        await db.SaveChangesAsync();

        Assert.Equal(2, await db.EmailAddresses.CountAsync(e => e.Address == shared));
    }

    [Fact]
    public async Task Domain_BelongsToOneOrganisationOnly()
    {
        var domain = $"{Guid.NewGuid():N}.example";
        var first = Some.Organisation();
        first.AddDomain(domain);
        var second = Some.Organisation();
        second.AddDomain(domain);
        await using var db = database.NewDb();
        db.Parties.AddRange(first, second);

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(error.InnerException).SqlState);
    }

    [Fact]
    public void WorkAt_Throws_WhenTheDepartmentBelongsToAnotherOrganisation()
    {
        var org = Some.Organisation();
        var other = Some.Organisation();
        var department = other.AddDepartment("Finance", null);

        var error = Assert.Throws<DomainRuleException>(() => Some.Person().WorkAt(org, department, null, null, OrganisationRole.Buyer, 50));

        Assert.Equal("departmentId", error.Field);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void WorkAt_Throws_WhenInfluenceWeightIsOutOfRange(int weight)
    {
        var org = Some.Organisation();

        var error = Assert.Throws<DomainRuleException>(() => Some.Person().WorkAt(org, null, null, null, OrganisationRole.Influencer, weight));

        Assert.Equal("influenceWeight", error.Field);
    }

    [Fact]
    public void ReportTo_Throws_AcrossOrganisationsAndForDirectCycles()
    {
        var org = Some.Organisation();
        var boss = Some.Person();
        boss.WorkAt(org, null, null, null, OrganisationRole.DecisionMaker, 80);
        var assistant = Some.Person();
        assistant.WorkAt(org, null, null, null, OrganisationRole.Assistant, 5);
        assistant.ReportTo(boss);
        var outsider = Some.Person();
        outsider.WorkAt(Some.Organisation(), null, null, null, OrganisationRole.Buyer, 50);

        Assert.Throws<DomainRuleException>(() => boss.ReportTo(assistant));
        Assert.Throws<DomainRuleException>(() => outsider.ReportTo(boss));
        Assert.Throws<DomainRuleException>(() => boss.ReportTo(boss));
    }

    [Fact]
    public async Task CadenceOverride_RoundTrips_AndCanBeCleared()
    {
        var person = Some.Person();
        person.OverrideCadence(new CadencePolicy(14, 2, 7));
        await using (var db = database.NewDb())
        {
            db.Parties.Add(person);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewDb())
        {
            var stored = await db.People.SingleAsync(p => p.Id == person.Id);
            Assert.Equal(new CadencePolicy(14, 2, 7), stored.CadenceOverride);
            stored.OverrideCadence(null);
            await db.SaveChangesAsync();
        }

        await using var check = database.NewDb();
        Assert.Null((await check.People.SingleAsync(p => p.Id == person.Id)).CadenceOverride);
    }

    [Fact]
    public async Task Database_RefusesAHalfSetCadenceOverride()
    {
        var person = Some.Person();
        await using (var db = database.NewDb())
        {
            db.Parties.Add(person);
            await db.SaveChangesAsync();
        }

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            database.ExecuteAsync($"UPDATE cms.parties SET cadence_min_every_days = 30 WHERE id = '{person.Id}'"));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }

    [Fact]
    public async Task ConcurrentEdits_OfOneParty_Conflict()
    {
        var person = Some.Person();
        await using (var db = database.NewDb())
        {
            db.Parties.Add(person);
            await db.SaveChangesAsync();
        }

        await using var first = database.NewDb();
        await using var second = database.NewDb();
        var a = await first.People.SingleAsync(p => p.Id == person.Id);
        var b = await second.People.SingleAsync(p => p.Id == person.Id);
        a.ChangeStatus(PartyStatus.Former);
        await first.SaveChangesAsync();
        b.Restrict();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
