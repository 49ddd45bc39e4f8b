using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.FollowUps;

public sealed class FollowUpDatabaseTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task SaveChanges_Throws_WhenARuleDerivesTheSameFollowUpTwice()
    {
        var rep = Some.User(FirmRole.Rep);
        var person = Some.Person();
        var key = $"cadence:{person.Id}:2025-03";
        await using (var db = database.NewDb())
        {
            db.AddRange(rep, person, FollowUp.Derive(person.Id, rep.Id, FollowUpReason.CadenceDue, Some.Now, key, null, Some.Now));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewDb())
        {
            db.FollowUps.Add(FollowUp.Derive(person.Id, rep.Id, FollowUpReason.CadenceDue, Some.Now, key, null, Some.Now));
            var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(error.InnerException).SqlState);
        }

        await using var check = database.NewDb();
        Assert.Equal(1, await check.FollowUps.CountAsync(f => f.RuleKey == key));
    }

    [Fact]
    public async Task ManualFollowUps_NeedNoRuleKey()
    {
        var rep = Some.User(FirmRole.Rep);
        var person = Some.Person();
        await using var db = database.NewDb();
        db.AddRange(rep, person,
            FollowUp.SetByHand(person.Id, rep.Id, "Send brochure", Some.Now.AddDays(1), Some.Now),
            FollowUp.SetByHand(person.Id, rep.Id, "Send brochure", Some.Now.AddDays(1), Some.Now));

        await db.SaveChangesAsync();

        var mine = await db.FollowUps.Where(f => f.OwnerId == rep.Id && f.Status == FollowUpStatus.Open).OrderBy(f => f.DueAt).ToListAsync();
        Assert.Equal(2, mine.Count);
    }

    [Fact]
    public async Task SnoozeAndComplete_PersistTheirState()
    {
        var rep = Some.User(FirmRole.Rep);
        var person = Some.Person();
        var followUp = FollowUp.Derive(person.Id, rep.Id, FollowUpReason.MeetingWithoutNotes, Some.Now, $"notes:{Guid.NewGuid()}", null, Some.Now);
        await using (var db = database.NewDb())
        {
            db.AddRange(rep, person, followUp);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewDb())
        {
            var stored = await db.FollowUps.SingleAsync(f => f.Id == followUp.Id);
            stored.Snooze(Some.Now.AddDays(2), "waiting for minutes", Some.Now);
            await db.SaveChangesAsync();
            stored.Complete(rep.Id, "notes logged by hand", Some.Now.AddDays(1));
            await db.SaveChangesAsync();
        }

        await using var check = database.NewDb();
        var done = await check.FollowUps.SingleAsync(f => f.Id == followUp.Id);
        Assert.Equal(FollowUpStatus.Completed, done.Status);
        Assert.Equal(rep.Id, done.ClosedById);
        Assert.Equal(Some.Now.AddDays(1), done.ClosedAt);
        Assert.Equal(3, await check.AuditEntries.CountAsync(a => a.EntityId == followUp.Id.ToString()));
    }
}
