using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Interactions;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Interactions;

public sealed class NaturalKeyTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task SaveChanges_Throws_WhenTheSameInternetMessageIdIsInsertedTwice()
    {
        var messageId = $"<{Guid.NewGuid():N}@mail.client.example>";
        await using (var db = database.NewDb())
        {
            db.Interactions.Add(Email(messageId));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewDb())
        {
            db.Interactions.Add(Email(messageId));
            var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            var postgres = Assert.IsType<PostgresException>(error.InnerException);
            Assert.Equal(PostgresErrorCodes.UniqueViolation, postgres.SqlState);
        }

        await using var check = database.NewDb();
        Assert.Equal(1, await check.Interactions.CountAsync(i => i.InternetMessageId == messageId));
    }

    [Fact]
    public async Task Upsert_KeepsOneRow_WhenFiveMailboxesHoldTheSameEmail()
    {
        var messageId = $"<{Guid.NewGuid():N}@mail.client.example>";
        for (var mailbox = 0; mailbox < 5; mailbox++)
        {
            // What a bulk capture path does: insert, and on the natural key's conflict keep the existing row.
            await database.ExecuteAsync($"""
                INSERT INTO cms.interactions (id, channel, direction, source, occurred_at, internet_message_id, natural_key, is_cancelled, created_at)
                VALUES ('{Guid.CreateVersion7()}', 'Email', 'Inbound', 'Captured', now(), '{messageId}', '{messageId}', false, now())
                ON CONFLICT (natural_key) WHERE natural_key IS NOT NULL DO NOTHING
                """);
        }

        await using var db = database.NewDb();
        Assert.Equal(1, await db.Interactions.CountAsync(i => i.NaturalKey == messageId));
    }

    [Fact]
    public async Task MeetingOccurrences_AreDistinct_ButTheSameOccurrenceIsNot()
    {
        var uid = Guid.NewGuid().ToString("N");
        var monday = new DateTimeOffset(2025, 3, 17, 9, 0, 0, TimeSpan.Zero);
        await using (var db = database.NewDb())
        {
            db.Interactions.Add(Meeting(uid, monday));
            db.Interactions.Add(Meeting(uid, monday.AddDays(7)));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewDb())
        {
            // The same occurrence seen from another attendee's calendar, with the start in their zone.
            db.Interactions.Add(Meeting(uid, monday.ToOffset(TimeSpan.FromHours(1))));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = database.NewDb();
        Assert.Equal(2, await check.Interactions.CountAsync(i => i.ICalUId == uid));
    }

    [Fact]
    public async Task LoggedInteractions_HaveNoNaturalKey_AndDoNotCollide()
    {
        var rep = Some.User(Firm.FirmRole.Rep);
        await using var db = database.NewDb();
        db.FirmUsers.Add(rep);
        db.Interactions.Add(Interaction.Log(Channel.PhoneCall, Direction.Outbound, Some.Now, null, "Call", null, rep.Id, Some.Now));
        db.Interactions.Add(Interaction.Log(Channel.PhoneCall, Direction.Outbound, Some.Now, null, "Call", null, rep.Id, Some.Now));

        await db.SaveChangesAsync();

        Assert.Equal(2, await db.Interactions.CountAsync(i => i.LoggedById == rep.Id && i.NaturalKey == null));
    }

    [Fact]
    public async Task Reschedule_MovesTheParticipantsTimesToo()
    {
        var person = Some.Person();
        var meeting = Meeting(Guid.NewGuid().ToString("N"), Some.Now);
        meeting.AddParty(person.Id, ParticipantRole.Attendee);
        await using (var db = database.NewDb())
        {
            db.Parties.Add(person);
            db.Interactions.Add(meeting);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewDb())
        {
            var loaded = await db.Interactions.Include(i => i.Parties).SingleAsync(i => i.Id == meeting.Id);
            loaded.Reschedule(Some.Now.AddDays(1), Some.Now.AddDays(1).AddHours(1));
            await db.SaveChangesAsync();
        }

        await using var check = database.NewDb();
        var participant = await check.InteractionParties.SingleAsync(p => p.InteractionId == meeting.Id);
        Assert.Equal(Some.Now.AddDays(1), participant.OccurredAt);
        var stored = await check.Interactions.SingleAsync(i => i.Id == meeting.Id);
        Assert.Equal(Interaction.MeetingKey(stored.ICalUId!, Some.Now), stored.NaturalKey);
    }

    [Fact]
    public async Task RecordNotes_MarksTheMeetingAsHavingNotes()
    {
        var rep = Some.User(Firm.FirmRole.Rep);
        var meeting = Meeting(Guid.NewGuid().ToString("N"), Some.Now);
        await using (var db = database.NewDb())
        {
            db.AddRange(rep, meeting);
            await db.SaveChangesAsync();
            Assert.Equal(1, await db.Interactions.CountAsync(i => i.Id == meeting.Id && i.NotesRecordedAt == null));
        }

        await using (var db = database.NewDb())
        {
            var stored = await db.Interactions.SingleAsync(i => i.Id == meeting.Id);
            stored.RecordNotes("Discussed the rebalancing; client wants a proposal.", rep.Id, Some.Now.AddHours(2));
            await db.SaveChangesAsync();
        }

        await using var check = database.NewDb();
        var noted = await check.Interactions.SingleAsync(i => i.Id == meeting.Id);
        Assert.True(noted.HasNotes);
        Assert.Equal(rep.Id, noted.NotesRecordedById);
    }

    [Fact]
    public void Log_Throws_WhenEndIsBeforeStart_OrANoteIsNotInternal()
    {
        var rep = Guid.NewGuid();

        Assert.Equal("endsAt", Assert.Throws<Common.DomainRuleException>(() =>
            Interaction.Log(Channel.InPerson, Direction.Outbound, Some.Now, Some.Now.AddHours(-1), "Lunch", null, rep, Some.Now)).Field);
        Assert.Equal("direction", Assert.Throws<Common.DomainRuleException>(() =>
            Interaction.Log(Channel.Note, Direction.Inbound, Some.Now, null, "Note", null, rep, Some.Now)).Field);
        Assert.Equal("subject", Assert.Throws<Common.DomainRuleException>(() =>
            Interaction.Log(Channel.PhoneCall, Direction.Outbound, Some.Now, null, new string('s', Interaction.SubjectMaxLength + 1), null, rep, Some.Now)).Field);
    }

    private static Interaction Email(string messageId) =>
        Interaction.CaptureEmail(messageId, "conv-1", null, Direction.Inbound, Some.Now, "Portfolio review", "Hello", Some.Now);

    private static Interaction Meeting(string uid, DateTimeOffset start) =>
        Interaction.CaptureMeeting(uid, start, start.AddHours(1), Direction.Outbound, "Quarterly review", null, false, Some.Now);
}
