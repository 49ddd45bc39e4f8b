using Microsoft.Graph.Models;
using OutlookCms.GraphSync.Pipeline;

namespace OutlookCms.GraphSync.Tests.Pipeline;

public sealed class EventReaderTests
{
    private static Event Occurrence(string start, string zone = "UTC", string? originalStart = null) => new()
    {
        Id = "e1",
        ICalUId = "uid-1",
        Type = EventType.Exception,
        Subject = "Review",
        Start = new DateTimeTimeZone { DateTime = start, TimeZone = zone },
        End = new DateTimeTimeZone { DateTime = start, TimeZone = zone },
        OriginalStart = originalStart is null ? null : DateTimeOffset.Parse(originalStart, System.Globalization.CultureInfo.InvariantCulture),
        Organizer = Graph.Recipient("ada@firm.example"),
        Attendees =
        [
            new Attendee { Type = AttendeeType.Required, EmailAddress = new EmailAddress { Address = "pat@acme.example" } },
            new Attendee { Type = AttendeeType.Resource, EmailAddress = new EmailAddress { Address = "room@firm.example" } },
        ],
    };

    [Fact]
    public void Read_KeysAMovedOccurrenceByItsOriginalStart()
    {
        var item = Assert.IsType<ReadResult.Item>(EventReader.Read(Occurrence("2026-12-10T14:00:00", originalStart: "2026-12-09T09:00:00Z"), 250)).Seen;

        Assert.Equal("uid-1|2026-12-09T09:00:00Z", item.NaturalKey);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 14, 0, 0, TimeSpan.Zero), item.OccurredAt);
    }

    [Fact]
    public void KeepCapturedKeys_GivesAMovedMeetingTheKeyItWasCapturedUnder()
    {
        var moved = EventReader.Read(Occurrence("2026-12-11T10:00:00"), 250);
        var other = EventReader.Read(Occurrence("2026-12-11T10:00:00"), 250);
        var known = new Dictionary<string, string> { ["e1"] = "uid-1|2026-12-10T09:00:00Z" };

        var kept = Assert.IsType<ReadResult.Item>(Assert.Single(MeetingKeys.KeepCapturedKeys([moved], known))).Seen;
        var foreign = Assert.IsType<ReadResult.Item>(Assert.Single(MeetingKeys.KeepCapturedKeys([other], new Dictionary<string, string> { ["e1"] = "uid-2|2026-12-10T09:00:00Z" }))).Seen;

        Assert.Equal("uid-1|2026-12-10T09:00:00Z", kept.NaturalKey);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.Zero), kept.OccurrenceStart);
        Assert.Equal(new DateTimeOffset(2026, 12, 11, 10, 0, 0, TimeSpan.Zero), kept.OccurredAt);
        Assert.Equal("uid-1|2026-12-11T10:00:00Z", foreign.NaturalKey);
    }

    [Fact]
    public void Read_ConvertsAWindowsTimeZoneToUtc() =>
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 13, 0, 0, TimeSpan.Zero),
            Assert.IsType<ReadResult.Item>(EventReader.Read(Occurrence("2026-12-10T14:00:00", "W. Europe Standard Time"), 250)).Seen.OccurredAt);

    [Fact]
    public void Read_LeavesRoomsOut_AndNamesTheOrganizer()
    {
        var item = Assert.IsType<ReadResult.Item>(EventReader.Read(Occurrence("2026-12-10T14:00:00"), 250)).Seen;

        Assert.Equal(["ada@firm.example:Organizer", "pat@acme.example:Attendee"], item.Participants.Select(p => $"{p.Address}:{p.Role}"));
    }

    [Fact]
    public void Read_MarksPrivateDeclinedAndCancelled()
    {
        var ev = Occurrence("2026-12-10T14:00:00");
        ev.Sensitivity = Sensitivity.Private;
        ev.ResponseStatus = new ResponseStatus { Response = ResponseType.Declined };
        ev.IsCancelled = true;

        var item = Assert.IsType<ReadResult.Item>(EventReader.Read(ev, 250)).Seen;

        Assert.True(item.IsPrivate);
        Assert.True(item.IsDeclined);
        Assert.True(item.IsCancelled);
    }
}
