using System.Globalization;
using Microsoft.Graph.Models;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Interactions;
using Channel = OutlookCms.Domain.Interactions.Channel;
using QuarantineReason = OutlookCms.Domain.Capture.QuarantineReason;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>One entry of a calendar-view delta page to a <see cref="ReadResult"/>. Pure.</summary>
public static class EventReader
{
    public static ReadResult Read(Event ev, int maxRecipients)
    {
        ArgumentNullException.ThrowIfNull(ev);
        var id = ev.Id ?? throw new InvalidOperationException("A delta entry without an id.");
        if (ev.AdditionalData?.ContainsKey("@removed") == true)
        {
            return new ReadResult.Removed(id);
        }

        var uid = ev.ICalUId?.Trim();
        if (string.IsNullOrEmpty(uid) || uid.Length > Interaction.KeyMaxLength - 25 || !TextCheck.IsStorable(uid))
        {
            return new ReadResult.Poison(id, null, QuarantineReason.Unkeyable, "The event has no usable iCalUId.");
        }

        if (!TryUtc(ev.Start, out var start) || !TryUtc(ev.End, out var end) || end < start)
        {
            return new ReadResult.Poison(id, uid, QuarantineReason.Unprocessable, "The event's start or end cannot be read.");
        }

        if (ev.Type == EventType.SeriesMaster)
        {
            // Calendar view never returns masters; if one comes, its occurrences are what counts.
            return new ReadResult.Poison(id, uid, QuarantineReason.Unprocessable, "A series master, not an occurrence.");
        }

        var organizer = AddressNormaliser.Normalise(ev.Organizer, ParticipantRole.Organizer);
        if (organizer is null)
        {
            return new ReadResult.Poison(id, uid, QuarantineReason.MalformedAddress, $"Organizer '{ev.Organizer?.EmailAddress?.Address ?? "(none)"}' is not an address.");
        }

        var attendees = ev.Attendees ?? [];
        if (attendees.Count > maxRecipients)
        {
            return new ReadResult.Poison(id, uid, QuarantineReason.TooManyRecipients, $"{attendees.Count} attendees (the policy allows {maxRecipients}).");
        }

        var participants = new List<Participant>(attendees.Count + 1) { organizer };
        // Rooms and equipment are resources, not people.
        if (!AddressNormaliser.TryNormaliseAll(attendees.Where(a => a.Type != AttendeeType.Resource), ParticipantRole.Attendee, participants, out var malformed))
        {
            return new ReadResult.Poison(id, uid, QuarantineReason.MalformedAddress, $"Attendee '{malformed}' is not an address.");
        }

        if (!TextCheck.IsStorable(ev.Subject) || !TextCheck.IsStorable(ev.BodyPreview))
        {
            return new ReadResult.Poison(id, uid, QuarantineReason.InvalidText, "The subject or preview is not valid UTF-16 text.");
        }

        // An occurrence keeps its original start as its key, so moving it updates the interaction instead of making another.
        var keyStart = ev.OriginalStart?.ToUniversalTime() ?? start;
        return new ReadResult.Item(new SeenItem
        {
            GraphId = id,
            Channel = Channel.Meeting,
            NaturalKey = Interaction.MeetingKey(uid, keyStart),
            ICalUId = uid,
            OccurrenceStart = keyStart,
            OccurredAt = start,
            EndsAt = end,
            Subject = TextCheck.Truncate(ev.Subject, Interaction.SubjectMaxLength),
            Summary = TextCheck.Truncate(ev.BodyPreview, Interaction.SummaryMaxLength),
            From = organizer,
            Participants = participants,
            IsDraft = ev.IsDraft == true,
            IsPrivate = ev.Sensitivity is Sensitivity.Private or Sensitivity.Personal,
            IsDeclined = ev.ResponseStatus?.Response == ResponseType.Declined,
            IsCancelled = ev.IsCancelled == true,
        });
    }

    /// <summary>Graph's dateTime + timeZone pair as a UTC instant (the worker asks for UTC; other zones are converted).</summary>
    public static bool TryUtc(DateTimeTimeZone? value, out DateTimeOffset utc)
    {
        utc = default;
        if (value?.DateTime is not { } text ||
            !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            return false;
        }

        var zone = value.TimeZone;
        if (string.IsNullOrEmpty(zone) || zone.Equals("UTC", StringComparison.OrdinalIgnoreCase) || zone.Equals("Etc/UTC", StringComparison.OrdinalIgnoreCase))
        {
            utc = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
            return true;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var info))
        {
            return false;
        }

        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        utc = new DateTimeOffset(unspecified, info.GetUtcOffset(unspecified)).ToUniversalTime();
        return true;
    }
}
