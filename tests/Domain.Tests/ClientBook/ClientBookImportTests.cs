using System.Text;
using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.ClientBook;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Imports;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.ClientBook;

/// <summary>A client book imported from another CRM's CSV on real PostgreSQL: created, matched, refused row by row, dry runs and re-imports.</summary>
public sealed class ClientBookImportTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string Header = "external_id,kind,given_name,family_name,legal_name,email,works_at,job_title,phone,household,adviser_email,"
        + "mailing_line1,mailing_city,mailing_postcode,mailing_country,billing_line1,billing_city,billing_country\n";

    [Fact]
    public async Task Import_CreatesOrganisationsAndTheirPeople_WithContactsHouseholdAndCoverage_AuditedAsImported()
    {
        var adviser = await AdviserAsync();
        var key = Some.Unique("crm");
        var domain = $"{key}.example";
        var import = await ImportAsync(Header
            + $"{key}-org,Organisation,,,Fjord Capital {key},,,,+46 8 123 456,,,Strandvägen 1,Stockholm,114 51,SE,Box 99,Stockholm,se\n"
            + $"{key}-p1,Person,Nora,Lindqvist,,Nora@{domain},{key}-org,CFO,,Lindqvist {key},{adviser.Email.ToUpperInvariant()},,,,,,,\n"
            + $"{key}-p2,person,Erik,Lindqvist,,erik@{domain},,,+46 70 000 00 00,Lindqvist {key},,,,,,,,\n");

        Assert.Equal((ImportStatus.Succeeded, 3L, 0L), (import.Status, import.Created, import.Matched));
        await using var db = database.NewDb();
        var org = await db.Organisations.Include(o => o.Addresses).Include(o => o.Phones).SingleAsync(o => o.LegalName == $"Fjord Capital {key}");
        Assert.Equal([(AddressKind.Mailing, "SE"), (AddressKind.Billing, "SE")], org.Addresses.OrderBy(a => a.Kind).Select(a => (a.Kind, a.CountryCode)));
        Assert.Equal("+46 8 123 456", org.Phones.Single().Number);
        var nora = await db.People.Include(p => p.Emails).SingleAsync(p => p.Emails.Any(e => e.Address == $"nora@{domain}"));
        var erik = await db.People.SingleAsync(p => p.Emails.Any(e => e.Address == $"erik@{domain}"));
        Assert.Equal((org.Id, "CFO"), (nora.OrganisationId, nora.JobTitle));
        Assert.NotNull(nora.HouseholdId);
        Assert.Equal(nora.HouseholdId, erik.HouseholdId);
        Assert.Null(erik.OrganisationId);
        Assert.True(await db.CoverageAssignments.AnyAsync(c => c.PartyId == nora.Id && c.AdviserId == adviser.Id && c.Role == CoverageRole.Primary));
        Assert.Equal(3, await db.PartyExternalKeys.CountAsync(k => k.ExternalId.StartsWith(key)));
        var audit = await db.AuditEntries.Where(a => a.Action == ClientBookImport.AuditAction && a.EntityId == nora.Id.ToString()).SingleAsync();
        Assert.Equal("Person", audit.EntityType);
        Assert.Contains($"client-book import {import.Id}", audit.Reason);
        Assert.Contains("\"given_name\": \"Nora\"", audit.After);
    }

    [Fact]
    public async Task ReImport_MatchesByExternalId_ThenByEmail_AndCreatesOnlyWhatIsNew()
    {
        var key = Some.Unique("crm");
        var first = await ImportAsync(Header + $"{key}-1,Person,Ada,One,,ada@{key}.example,,,,,,,,,,,,\n");
        var known = Some.Person("Known");
        known.AddEmail($"known@{key}.example", EmailKind.Work);
        await using (var db = database.NewDb())
        {
            db.People.Add(known);
            await db.SaveChangesAsync();
        }

        var second = await ImportAsync(Header
            + $"{key}-1,Person,Ada,Renamed,,ada@{key}.example,,,,,,,,,,,,\n"
            + $"{key}-2,Person,Kim,Known,,KNOWN@{key}.example,,,,,,,,,,,,\n"
            + $"{key}-3,Person,Neu,New,,neu@{key}.example,,,,,,,,,,,,\n");
        var again = await ImportAsync(Header
            + $"{key}-1,Person,Ada,Renamed,,ada@{key}.example,,,,,,,,,,,,\n"
            + $"{key}-2,Person,Kim,Known,,KNOWN@{key}.example,,,,,,,,,,,,\n"
            + $"{key}-3,Person,Neu,New,,neu@{key}.example,,,,,,,,,,,,\n");

        Assert.Equal((1L, 0L), (first.Created, first.Matched));
        Assert.Equal((ImportStatus.Succeeded, 1L, 2L), (second.Status, second.Created, second.Matched));
        Assert.Equal((ImportStatus.AlreadyImported, second.Id), (again.Status, again.SameAsImportId!.Value));
        await using var check = database.NewDb();
        // A matched party is linked, not changed: Ada keeps the name of the first import.
        Assert.Equal(1, await check.People.CountAsync(p => p.Emails.Any(e => e.Address == $"ada@{key}.example") && p.FamilyName == "One"));
        Assert.Equal(known.Id, (await check.PartyExternalKeys.SingleAsync(k => k.ExternalId == $"{key}-2")).PartyId);
        Assert.Equal(3, await check.People.CountAsync(p => p.Emails.Any(e => e.Address.EndsWith($"@{key}.example"))));
    }

    [Fact]
    public async Task BadRows_AreEachReportedWithTheirLineAndColumn_AndNothingIsStored()
    {
        var key = Some.Unique("crm");
        var import = await ImportAsync(Header
            + $"{key}-1,Person,,Nameless,,a@{key}.example,,,,,,,,,,,,\n"              // line 2: missing given name
            + $"{key}-2,Person,Bad,Email,,not-an-email,,,,,,,,,,,,\n"                 // line 3
            + $"{key}-3,Person,Works,Nowhere,,w@{key}.example,{key}-nope,,,,,,,,,,,\n" // line 4: unknown organisation
            + $"{key}-4,Person,Dup,Key,,d@{key}.example,,,,,,,,,,,,\n"
            + $"{key}-4,Person,Dup,Again,,d2@{key}.example,,,,,,,,,,,,\n"              // line 6: duplicate key
            + $"{key}-5,Person,Same,Mail,,d@{key}.example,,,,,,,,,,,,\n"               // line 7: duplicate email
            + $"{key}-6,Person,No,Adviser,,n@{key}.example,,,,,nobody@{key}.example,,,,,,,\n"
            + $"{key}-7,Person,Half,Address,,h@{key}.example,,,,,,Main St 1,,,XX1,,,\n"
            + $"{key}-8,Robot,R,2,,r@{key}.example,,,,,,,,,,,,\n"
            + $"{key}-9,Person,Ok,Row,,ok@{key}.example,,,,,,,,,,,,\n");

        Assert.Equal((ImportStatus.Rejected, 10L, 8L), (import.Status, import.RowsDone, import.Rejected));
        Assert.Equal(
        [
            (2L, "given_name"), (3L, "email"), (4L, "works_at"), (6L, "external_id"), (7L, "email"), (8L, "adviser_email"),
            (9L, "mailing_city"), (9L, "mailing_country"), (10L, "kind"),
        ], import.Errors.Select(e => (e.Line, e.Column)).Order());
        await using var db = database.NewDb();
        Assert.False(await db.PartyExternalKeys.AnyAsync(k => k.ExternalId.StartsWith(key)));
        Assert.False(await db.EmailAddresses.AnyAsync(e => e.Address.EndsWith($"@{key}.example")));
    }

    [Fact]
    public async Task ADryRun_SaysRowByRowWhatWouldBeCreatedOrMatched_AndStoresNothing()
    {
        var key = Some.Unique("crm");
        await ImportAsync(Header + $"{key}-1,Person,Ada,One,,ada@{key}.example,,,,,,,,,,,,\n");
        var content = Header
            + $"{key}-1,Person,Ada,One,,ada@{key}.example,,,,,,,,,,,,\n"
            + $"{key}-org,Organisation,,,Dry Run AG {key},,,,,,,,,,,,,\n";

        var dry = await ImportAsync(content, dryRun: true);

        Assert.Equal((ImportStatus.Checked, 1L, 1L), (dry.Status, dry.Created, dry.Matched));
        Assert.Equal([(2L, "match", "Ada One (by external id)"), (3L, "create", $"Dry Run AG {key}")],
            dry.Plan.Select(p => (p.Line, p.Action, p.Detail)));
        await using var db = database.NewDb();
        Assert.False(await db.Organisations.AnyAsync(o => o.LegalName == $"Dry Run AG {key}"));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Reason!.Contains(dry.Id.ToString())));

        // A dry run is not an import: the same file then imports for real.
        var real = await ImportAsync(content);
        Assert.Equal((ImportStatus.Succeeded, 1L, 1L), (real.Status, real.Created, real.Matched));
    }

    private async Task<FirmUser> AdviserAsync()
    {
        var adviser = Some.User(FirmRole.Rep);
        await using var db = database.NewDb();
        db.FirmUsers.Add(adviser);
        await db.SaveChangesAsync();
        return adviser;
    }

    private async Task<Import> ImportAsync(string content, bool dryRun = false)
    {
        using var file = await ImportFile.SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), "clients.csv", CancellationToken.None);
        await using var handler = new ClientBookImport();
        return await new ImportRunner(() => database.NewDb(), TimeProvider.System).ImportAsync(handler, file, null, CancellationToken.None, dryRun: dryRun);
    }
}
