using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Seeding;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Seeding;

public sealed class ReseedTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Replace_EmptiesTheFirmsTablesAndSeedsAgain_KeepingTheAuditLog()
    {
        var first = new SeedSpec(1, 1, GeneratedFirm.Now);
        var second = new SeedSpec(2, 1, GeneratedFirm.Now);
        Assert.Equal(SeedOutcome.Seeded, (await SeededDatabase.SeedAsync(database, first, SeedMode.RefuseIfNotEmpty)).Outcome);
        await using (var db = database.NewDb())
        {
            // State other features keep about the firm (here, a mailbox's capture cursor) goes with it.
            db.Add(new MailboxCursor(await db.FirmUsers.Select(u => u.Id).FirstAsync(), MailboxStream.Inbox, GeneratedFirm.Now));
            await db.SaveChangesAsync();
        }

        var report = await SeededDatabase.SeedAsync(database, second, SeedMode.Replace);

        Assert.Equal(SeedOutcome.Reseeded, report.Outcome);
        await using var check = database.NewDb();
        var expected = FirmGenerator.Generate(second);
        Assert.Equal(expected.Users.Select(u => u.Id).Order(), (await check.FirmUsers.Select(u => u.Id).ToListAsync()).Order());
        Assert.Equal(expected.Parties.Count, await check.Parties.CountAsync());
        Assert.Equal(0, await check.Set<MailboxCursor>().CountAsync());

        var audit = await check.AuditEntries.Where(a => a.EntityType == FirmSeeder.AuditEntityType).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([FirmSeeder.SeededAction, FirmSeeder.ReseededAction], audit.Select(a => a.Action));
        using var before = JsonDocument.Parse(audit[1].Before!);
        Assert.Equal(FirmGenerator.Generate(first).Parties.Count, before.RootElement.GetProperty("rows").GetProperty("parties").GetInt32());
    }
}
