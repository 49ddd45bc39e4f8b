using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.FollowUps.Digests;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.FollowUps.Digests;

/// <summary>The <c>digests</c> row of the sending protocol: its steps, its one-per-day key, its audit trail.</summary>
public sealed class DigestRecordTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly DateTimeOffset Morning = new(2025, 3, 18, 7, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2025, 3, 18);

    [Fact]
    public void Steps_GoClaimedDraftSent_AndASentDigestCannotChange()
    {
        var digest = Digest.Claim(Guid.NewGuid(), Content(2), "w1", Morning);
        Assert.Equal((DigestStatus.Claimed, 2, 0), (digest.Status, digest.OverdueCount, digest.DraftsCreated));
        Assert.Throws<DomainRuleException>(() => digest.MarkSent("w1", Morning));

        digest.RecordDraft("AAMkAD-draft", "w1", Morning);
        digest.ForgetDraft("w2", Morning.AddMinutes(1));
        digest.RecordDraft("AAMkAD-second", "w2", Morning.AddMinutes(1));
        digest.MarkSent("w2", Morning.AddMinutes(2));

        Assert.Equal((DigestStatus.Sent, "AAMkAD-second", 2, "w2"), (digest.Status, digest.DraftMessageId, digest.DraftsCreated, digest.Worker));
        Assert.Throws<DomainRuleException>(() => digest.RecordDraft("again", "w1", Morning));
        Assert.Throws<DomainRuleException>(() => digest.ForgetDraft("w1", Morning));
    }

    [Fact]
    public void AnEmptyDigest_IsNeverClaimed() =>
        Assert.Throws<DomainRuleException>(() => Digest.Claim(Guid.NewGuid(), Content(0), "w1", Morning));

    [Fact]
    public async Task OnePerRecipientAndLocalDay_TheSecondClaimIsRefusedByTheDatabase_AndStepsAreAudited()
    {
        var rep = Some.User(FirmRole.Rep);
        await using (var db = database.NewDb())
        {
            db.Add(rep);
            var digest = Digest.Claim(rep.Id, Content(1), "w1", Morning);
            db.Add(digest);
            await db.SaveChangesAsync();
            digest.RecordDraft("AAMkAD-draft", "w1", Morning);
            await db.SaveChangesAsync();
            digest.MarkSent("w1", Morning);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewDb())
        {
            db.Add(Digest.Claim(rep.Id, Content(3), "w2", Morning));
            var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(error.InnerException).SqlState);
        }

        await using (var db = database.NewDb())
        {
            var stored = await db.Digests.SingleAsync(d => d.RecipientId == rep.Id);
            Assert.Equal((DigestStatus.Sent, Today), (stored.Status, stored.LocalDate));
            var actions = await db.AuditEntries.Where(a => a.EntityType == nameof(Digest) && a.EntityId == stored.Id.ToString())
                .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
            Assert.Equal(["Created", "Updated", "Updated"], actions);
        }
    }

    private static DigestContent Content(int overdue)
    {
        var items = Enumerable.Range(0, overdue)
            .Select(i => new DigestItem(Guid.NewGuid(), Guid.NewGuid(), "Client", "Rep", FollowUpReason.Manual, $"Item {i}", Morning.AddDays(-1)))
            .ToList();
        return new DigestContent("Rep", Today, items, [], []);
    }
}
