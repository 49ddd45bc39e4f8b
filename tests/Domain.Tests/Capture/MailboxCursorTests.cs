using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Firm;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Capture;

public sealed class MailboxCursorTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Cursor_CommitsWithThePage_AndRollsBackWithIt()
    {
        var rep = Some.User(FirmRole.Rep);
        await using (var db = database.NewDb())
        {
            var cursor = new MailboxCursor(rep.Id, MailboxStream.Inbox, Some.Now);
            cursor.Complete("https://graph.example/v1.0/users/x/mailFolders/inbox/messages/delta?$deltatoken=1", Some.Now);
            db.AddRange(rep, cursor);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewDb())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var cursor = await db.MailboxCursors.SingleAsync(c => c.FirmUserId == rep.Id && c.Stream == MailboxStream.Inbox);
            cursor.AdvanceTo("https://graph.example/next?$skiptoken=2", Some.Now.AddMinutes(1));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using var check = database.NewDb();
        var stored = await check.MailboxCursors.SingleAsync(c => c.FirmUserId == rep.Id);
        Assert.EndsWith("$deltatoken=1", stored.Link, StringComparison.Ordinal);
        Assert.False(stored.IsMidSync);
        Assert.Equal(Some.Now, stored.LastCompletedAt);
    }

    [Fact]
    public void Reset_StartsAFullSync()
    {
        var cursor = new MailboxCursor(Guid.NewGuid(), MailboxStream.Calendar, Some.Now);
        cursor.AdvanceTo("https://graph.example/next", Some.Now);

        cursor.Reset(Some.Now.AddMinutes(1));

        Assert.Null(cursor.Link);
        Assert.False(cursor.IsMidSync);
    }
}
