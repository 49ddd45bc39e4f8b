using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Outcomes;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Auditing;

public sealed class AuditTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private sealed record Actor(Guid? UserId, string DisplayName, string? CorrelationId) : IAuditActor;

    [Fact]
    public async Task SaveChanges_WritesCreatedUpdatedAndDeleted_WithBeforeAndAfter()
    {
        var actor = new Actor(Guid.NewGuid(), "Rita Rep", "trace-1");
        var clock = new FakeTimeProvider(Some.Now);
        var person = Some.Person("Lovelace");
        var emailId = person.AddEmail("Ada.Lovelace@Example.COM", EmailKind.Work).Id;

        await using (var db = database.NewDb(actor, clock))
        {
            db.Parties.Add(person);
            await db.SaveChangesAsync();
        }

        clock.Advance(TimeSpan.FromMinutes(5));
        await using (var db = database.NewDb(actor, clock))
        {
            var loaded = await db.People.Include(p => p.Emails).SingleAsync(p => p.Id == person.Id);
            loaded.ChangeStatus(PartyStatus.Former);
            loaded.RemoveEmail("ada.lovelace@example.com");
            db.AuditReason = "client left";
            await db.SaveChangesAsync();
        }

        await using var check = database.NewDb();
        var rows = await check.AuditEntries.Where(a => a.EntityId == person.Id.ToString()).OrderBy(a => a.Id).ToListAsync();
        Assert.Collection(rows,
            created =>
            {
                Assert.Equal(AuditActions.Created, created.Action);
                Assert.Equal("Person", created.EntityType);
                Assert.Equal(actor.UserId, created.ActorUserId);
                Assert.Equal("Rita Rep", created.ActorName);
                Assert.Equal("trace-1", created.CorrelationId);
                Assert.Equal(Some.Now, created.At);
                Assert.Null(created.Before);
                Assert.Equal("Client", Field(created.After, "status"));
                Assert.Equal("Lovelace", Field(created.After, "familyName"));
            },
            updated =>
            {
                Assert.Equal(AuditActions.Updated, updated.Action);
                Assert.Equal(Some.Now.AddMinutes(5), updated.At);
                Assert.Equal("client left", updated.Reason);
                Assert.Equal("Client", Field(updated.Before, "status"));
                Assert.Equal("Former", Field(updated.After, "status"));
                // Only what changed is recorded for an update.
                Assert.Null(Field(updated.After, "familyName"));
            });

        var email = await check.AuditEntries.SingleAsync(a => a.EntityType == "EmailAddress" && a.EntityId == emailId.ToString() && a.Action == AuditActions.Deleted);
        Assert.Equal("ada.lovelace@example.com", Field(email.Before, "address"));
        Assert.Null(email.After);
    }

    [Fact]
    public async Task Confirmation_IsAudited_WithTheControllerAsActor()
    {
        var rep = Some.User(FirmRole.Rep);
        var controller = Some.User(FirmRole.Controller);
        var person = Some.Person();
        var outcome = Outcome.Report(OutcomeKind.AssetsDeposited, Money.Positive(1_000_000m, "EUR"), null, person.Id, null, rep.Id, Some.Now);
        await using (var db = database.NewDb(new Actor(rep.Id, rep.DisplayName, null)))
        {
            db.AddRange(rep, controller, person, outcome);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewDb(new Actor(controller.Id, controller.DisplayName, null)))
        {
            var loaded = await db.Outcomes.SingleAsync(o => o.Id == outcome.Id);
            loaded.Confirm(controller, await db.ReportingLineOfAsync(rep.Id, CancellationToken.None), "deposit booked 2025-03-12", Some.Now);
            await db.SaveChangesAsync();
        }

        await using var check = database.NewDb();
        var confirmation = await check.AuditEntries.SingleAsync(a => a.EntityId == outcome.Id.ToString() && a.Action == AuditActions.Updated);
        Assert.Equal(controller.Id, confirmation.ActorUserId);
        Assert.Equal("Reported", Field(confirmation.Before, "status"));
        Assert.Equal("Confirmed", Field(confirmation.After, "status"));
        Assert.Equal(controller.Id.ToString(), Field(confirmation.After, "decidedById"));
    }

    [Fact]
    public async Task AppendAsync_WritesBulkRows_InTheCallersTransaction()
    {
        var entityId = Guid.NewGuid().ToString();
        var actor = new SystemAuditActor("capture job", "sync-mailbox:rep-1");
        await using (var db = database.NewDb())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.AppendAsync([AuditEntry.Record(Some.Now, actor, "Captured", "Interaction", entityId, null, """{"subject":"Hi"}""")], CancellationToken.None);
            await transaction.RollbackAsync();
        }

        await using (var db = database.NewDb())
        {
            Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityId == entityId));
            await using var transaction = await db.Database.BeginTransactionAsync();
            var written = await db.AppendAsync(
                [
                    AuditEntry.Record(Some.Now, actor, "Captured", "Interaction", entityId, null, """{"subject":"Hi"}"""),
                    AuditEntry.Record(Some.Now, actor, "Captured", "Interaction", entityId, null, null, "second copy"),
                ],
                CancellationToken.None);
            await transaction.CommitAsync();
            Assert.Equal(2ul, written);
        }

        await using var check = database.NewDb();
        var rows = await check.AuditEntries.Where(a => a.EntityId == entityId).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Null(r.ActorUserId));
        Assert.Equal("Hi", Field(rows[0].After, "subject"));
        Assert.Equal("sync-mailbox:rep-1", rows[0].CorrelationId);
    }

    [Theory]
    [InlineData("UPDATE cms.audit_entries SET action = 'Tampered'")]
    [InlineData("UPDATE cms.audit_entries SET action = 'Tampered' WHERE false")]
    [InlineData("DELETE FROM cms.audit_entries")]
    [InlineData("TRUNCATE cms.audit_entries")]
    public async Task Database_RefusesToChangeTheAuditLog(string sql)
    {
        await using (var db = database.NewDb())
        {
            db.Tiers.Add(new Tier(Some.Unique("Tier"), 1, new CadencePolicy(30, 3, 7)));
            await db.SaveChangesAsync();
        }

        var before = await database.ScalarAsync<long>("SELECT count(*) FROM cms.audit_entries");

        var error = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync(sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
        Assert.Equal(before, await database.ScalarAsync<long>("SELECT count(*) FROM cms.audit_entries"));
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM cms.audit_entries WHERE action = 'Tampered'"));
    }

    [Fact]
    public async Task SaveChanges_Throws_WhenCodeTriesToEditAnAuditEntry()
    {
        await using (var db = database.NewDb())
        {
            db.Tiers.Add(new Tier(Some.Unique("Tier"), 2, new CadencePolicy(60, 2, 7)));
            await db.SaveChangesAsync();
        }

        await using var edit = database.NewDb();
        var entry = await edit.AuditEntries.OrderBy(a => a.Id).FirstAsync();
        edit.AuditEntries.Remove(entry);

        await Assert.ThrowsAsync<InvalidOperationException>(() => edit.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveChanges_AuditsEachChangeOnce_WhenARetryFollowsAFailedSave()
    {
        var messageId = $"<{Guid.NewGuid():N}@client.example>";
        await using (var db = database.NewDb())
        {
            db.Interactions.Add(Interaction.CaptureEmail(messageId, null, null, Direction.Inbound, Some.Now, "First copy", null, Some.Now));
            await db.SaveChangesAsync();
        }

        await using var retry = database.NewDb();
        var tier = new Tier(Some.Unique("Tier"), 3, new CadencePolicy(90, 1, 30));
        var duplicate = Interaction.CaptureEmail(messageId, null, null, Direction.Inbound, Some.Now, "Second copy", null, Some.Now);
        retry.AddRange(tier, duplicate);
        await Assert.ThrowsAsync<DbUpdateException>(() => retry.SaveChangesAsync());

        retry.Entry(duplicate).State = EntityState.Detached;
        await retry.SaveChangesAsync();

        await using var check = database.NewDb();
        Assert.Equal(1, await check.AuditEntries.CountAsync(a => a.EntityId == tier.Id.ToString()));
        Assert.Equal(0, await check.AuditEntries.CountAsync(a => a.EntityId == duplicate.Id.ToString()));
    }

    private static string? Field(string? json, string name)
    {
        Assert.NotNull(json);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(name, out var value) ? value.ToString() : null;
    }
}
