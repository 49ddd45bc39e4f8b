using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Outcomes;
using OutlookCms.Domain.Seeding;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Seeding;

/// <summary>The scale-1 firm written to a real PostgreSQL database (seeded once for the class; these tests only read it).</summary>
public sealed class FirmSeederTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private PostgresDatabase Database => seeded.Database;

    [Fact]
    public async Task Seed_WritesEveryGeneratedRow()
    {
        var firm = FirmGenerator.Generate(GeneratedFirm.Spec);
        var digests = await SeededDatabase.DigestAsync(Database);

        Assert.Equal(SeedOutcome.Seeded, seeded.Report.Outcome);
        Assert.All(firm.RowCounts, c => Assert.StartsWith($"{c.Rows}:", digests[c.Table], StringComparison.Ordinal));
        Assert.Equal(firm.TotalRows, seeded.Report.Rows);
    }

    [Fact]
    public async Task Seed_AppendsOneAuditEntry_ForTheWholeSeed()
    {
        await using var db = Database.NewDb();
        var entries = await db.AuditEntries.ToListAsync();

        var entry = Assert.Single(entries);
        Assert.Equal((FirmSeeder.SeededAction, FirmSeeder.AuditEntityType, "northbridge-wealth.example"), (entry.Action, entry.EntityType, entry.EntityId));
        Assert.Equal(SeededDatabase.SeededAt, entry.At);
        Assert.Null(entry.ActorUserId);
        using var after = JsonDocument.Parse(entry.After!);
        Assert.Equal(42, after.RootElement.GetProperty("seed").GetInt32());
        Assert.Equal(5_000, after.RootElement.GetProperty("rows").GetProperty("parties").GetInt32());
    }

    [Fact]
    public async Task Seed_LeavesTheSchemaExactlyAsItWas()
    {
        // The bulk load drops secondary indexes and foreign keys for the COPY; every one must come back, validated.
        Assert.Equal(seeded.SchemaBefore, await SeededDatabase.SchemaAsync(Database));
    }

    [Fact]
    public async Task Seed_WithIfEmpty_ChangesNothingTheSecondTime()
    {
        var before = await SeededDatabase.DigestAsync(Database);

        var report = await SeededDatabase.SeedAsync(Database, new SeedSpec(7, 1, GeneratedFirm.Now), SeedMode.SkipIfNotEmpty);

        Assert.Equal(SeedOutcome.SkippedNotEmpty, report.Outcome);
        Assert.Equal(0, report.Rows);
        Assert.Equal(before, await SeededDatabase.DigestAsync(Database));
    }

    [Fact]
    public async Task Seed_WithoutIfEmptyOrReplace_RefusesADatabaseThatHoldsAFirm()
    {
        var before = await SeededDatabase.DigestAsync(Database);

        var report = await SeededDatabase.SeedAsync(Database, GeneratedFirm.Spec, SeedMode.RefuseIfNotEmpty);

        Assert.Equal(SeedOutcome.RefusedNotEmpty, report.Outcome);
        Assert.Equal(before, await SeededDatabase.DigestAsync(Database));
    }

    [Fact]
    public async Task Seed_GivesIdenticalDatabases_ForTheSameSeedAndScale()
    {
        var other = new PostgresDatabase();
        await other.InitializeAsync();
        try
        {
            await SeededDatabase.SeedAsync(other, GeneratedFirm.Spec, SeedMode.RefuseIfNotEmpty);

            Assert.Equal(await SeededDatabase.DigestAsync(Database), await SeededDatabase.DigestAsync(other));
        }
        finally
        {
            await other.DisposeAsync();
        }
    }

    [Fact]
    public async Task SeededRows_LoadThroughTheModel()
    {
        await using var db = Database.NewDb();

        var organisations = await db.Organisations.Include(o => o.Domains).Include(o => o.Offices).Include(o => o.Departments).Take(50).ToListAsync();
        Assert.All(organisations, o => Assert.NotEmpty(o.Domains));
        Assert.All(organisations, o => Assert.NotEmpty(o.Offices));
        var people = await db.People.Include(p => p.Emails).Include(p => p.Phones).Include(p => p.Addresses).Take(200).ToListAsync();
        Assert.All(people, p => Assert.NotEmpty(p.Emails));
        Assert.All(await db.Tiers.ToListAsync(), t => Assert.True(t.Cadence.MaxContacts > 0));
        Assert.All(await db.Parties.Where(p => p.CadenceMinEveryDays != null).ToListAsync(), p => Assert.NotNull(p.CadenceOverride));
        Assert.All(await db.Outcomes.Include(o => o.Interactions).Take(100).ToListAsync(), o =>
        {
            Assert.True(o.Value.Amount > 0);
            Assert.NotEmpty(o.Interactions);
        });
        var meeting = await db.Interactions.Include(i => i.Parties).Include(i => i.Reps).FirstAsync(i => i.ICalUId != null && i.Notes != null);
        Assert.NotEmpty(meeting.Parties);
        Assert.True(meeting.HasNotes);
        Assert.Equal(34, await db.FirmUsers.CountAsync(u => u.IsActive));
    }

    [Fact]
    public async Task SeededClientBook_IsFilteredByTheAccessRule()
    {
        await using var db = Database.NewDb();
        var rep = await db.FirmUsers.FirstAsync(u => u.Role == FirmRole.Rep);
        var controller = await db.FirmUsers.FirstAsync(u => u.Role == FirmRole.Controller);

        var all = await db.Parties.CountAsync();
        var seenByController = await db.VisibleParties(new Viewer(controller.Id, FirmRole.Controller)).CountAsync();
        var seenByRep = await db.VisibleParties(new Viewer(rep.Id, FirmRole.Rep)).CountAsync();
        var restricted = await db.Parties.CountAsync(p => p.IsRestricted);

        Assert.Equal(all, seenByController);
        Assert.InRange(seenByRep, all - restricted, all - 1);
    }

    [Fact]
    public async Task SeededData_KeepsTheInvariants_InTheDatabase()
    {
        // A restricted party always has an active designated adviser, directly or through its household.
        Assert.Equal(0L, await Database.ScalarAsync<long>("""
            SELECT count(*) FROM cms.parties p
            WHERE p.is_restricted
              AND NOT EXISTS (SELECT 1 FROM cms.coverage_assignments c WHERE c.to_at IS NULL AND c.party_id = p.id)
              AND NOT EXISTS (SELECT 1 FROM cms.coverage_assignments c WHERE c.to_at IS NULL AND c.household_id = p.household_id)
            """));

        // Outcomes are decided by controllers only, never by the reporter.
        Assert.Equal(0L, await Database.ScalarAsync<long>("""
            SELECT count(*) FROM cms.outcomes o JOIN cms.firm_users d ON d.id = o.decided_by_id
            WHERE d.role <> 'Controller' OR o.decided_by_id = o.reported_by_id
            """));

        // No decider is anywhere in the reporter's reporting line.
        await using var db = Database.NewDb();
        foreach (var outcome in await db.Outcomes.Where(o => o.DecidedById != null).Take(100).ToListAsync())
        {
            var line = await db.ReportingLineOfAsync(outcome.ReportedById, CancellationToken.None);
            Assert.False(line.Contains(outcome.DecidedById!.Value));
        }

        // Every breach names a rep who was not a designated adviser of the party when it happened.
        Assert.Equal(0L, await Database.ScalarAsync<long>("""
            SELECT count(*) FROM cms.coverage_breaches b
            JOIN cms.parties p ON p.id = b.party_id
            WHERE EXISTS (SELECT 1 FROM cms.coverage_assignments c WHERE c.to_at IS NULL AND c.adviser_id = b.rep_id
                          AND (c.party_id = p.id OR c.household_id = p.household_id))
            """));
    }
}
