using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Persistence;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Persistence;

/// <summary>
/// A follow-up written by <see cref="BulkInsert"/> (COPY) reads back exactly as written, and its audit entry is the one
/// SaveChanges writes for a follow-up added through the change tracker: same type, id, action, actor and the same
/// "after" fields, with this row's values.
/// </summary>
public sealed class BulkInsertTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task ACopiedFollowUp_ReadsBackAsWritten_AndIsAuditedAsSaveChangesAuditsOne()
    {
        var rep = Some.User(FirmRole.Rep);
        var client = Some.Person();
        await using (var db = database.NewDb())
        {
            db.AddRange(rep, client);
            await db.SaveChangesAsync();
        }

        var tracked = FollowUp.Derive(client.Id, rep.Id, FollowUpReason.CadenceDue, Some.Now.AddDays(-2), Some.Unique("rule:tracked"), null, Some.Now, "Tracked");
        var copied = FollowUp.Derive(client.Id, rep.Id, FollowUpReason.UnansweredEmail, Some.Now.AddHours(-5), Some.Unique("rule:copied"), null, Some.Now, "Copied <&>");
        await using (var db = database.NewDb())
        {
            db.FollowUps.Add(tracked);
            await db.SaveChangesAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal(1, await db.InsertAsync([copied], Some.Now, default));
            await transaction.CommitAsync();
        }

        await using var check = database.NewDb();
        var row = await check.FollowUps.AsNoTracking().SingleAsync(f => f.Id == copied.Id);
        Assert.Equivalent(
            new { copied.PartyId, copied.OwnerId, copied.Reason, copied.Title, copied.RuleKey, copied.DueAt, copied.Status, copied.CreatedAt, copied.SourceInteractionId, copied.ClosedAt },
            new { row.PartyId, row.OwnerId, row.Reason, row.Title, row.RuleKey, row.DueAt, row.Status, row.CreatedAt, row.SourceInteractionId, row.ClosedAt });

        var entries = await check.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(FollowUp) && (a.EntityId == tracked.Id.ToString() || a.EntityId == copied.Id.ToString())).ToListAsync();
        var byTracker = Assert.Single(entries, a => a.EntityId == tracked.Id.ToString());
        var byCopy = Assert.Single(entries, a => a.EntityId == copied.Id.ToString());
        Assert.Equal((byTracker.Action, byTracker.ActorName, byTracker.Before), (byCopy.Action, byCopy.ActorName, byCopy.Before));

        var trackedAfter = Fields(byTracker.After!);
        var copiedAfter = Fields(byCopy.After!);
        Assert.Equal(trackedAfter.Keys.Order(), copiedAfter.Keys.Order());
        Assert.Equal("UnansweredEmail", copiedAfter["reason"].GetString());
        Assert.Equal(copied.RuleKey, copiedAfter["ruleKey"].GetString());
        Assert.Equal("Copied <&>", copiedAfter["title"].GetString());
        Assert.Equal(copied.Id, copiedAfter["id"].GetGuid());
    }

    private static Dictionary<string, JsonElement> Fields(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? [];
}
