using System.Globalization;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Interactions;

/// <summary>
/// One contact with clients on any channel. A captured email or meeting occurrence is one interaction
/// however many reps' mailboxes hold a copy: <see cref="NaturalKey"/> is unique.
/// </summary>
public sealed class Interaction : IAudited
{
    public const int SubjectMaxLength = 1000;
    public const int SummaryMaxLength = 20_000;
    public const int KeyMaxLength = 1000;

    private readonly List<InteractionParty> _parties = [];
    private readonly List<InteractionRep> _reps = [];

    private Interaction() { }

    private Interaction(Channel channel, Direction direction, InteractionSource source, DateTimeOffset occurredAt, DateTimeOffset? endsAt, string? subject, string? summary, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        Channel = channel;
        Direction = direction;
        Source = source;
        CreatedAt = createdAt.ToUniversalTime();
        SetTimes(occurredAt, endsAt);
        ChangeContent(subject, summary);
    }

    public Guid Id { get; private set; }

    public Channel Channel { get; private set; }

    public Direction Direction { get; private set; }

    public InteractionSource Source { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? EndsAt { get; private set; }

    public string? Subject { get; private set; }

    public string? Summary { get; private set; }

    /// <summary>RFC 5322 Message-ID of a captured email.</summary>
    public string? InternetMessageId { get; private set; }

    /// <summary>The message this one replies to (In-Reply-To), for "unanswered" threads.</summary>
    public string? InReplyToMessageId { get; private set; }

    /// <summary>Graph's conversationId, for threads.</summary>
    public string? ConversationId { get; private set; }

    /// <summary>iCalUId of a captured meeting occurrence.</summary>
    public string? ICalUId { get; private set; }

    /// <summary>Start of the occurrence as first captured (the key part; a move changes <see cref="OccurredAt"/>, not this).</summary>
    public DateTimeOffset? OccurrenceStart { get; private set; }

    /// <summary>Unique when set: internetMessageId for email, iCalUId|occurrence start for meetings; null for logged items.</summary>
    public string? NaturalKey { get; private set; }

    public Guid? LoggedById { get; private set; }

    /// <summary>What a rep wrote down after the meeting or call (not the captured body preview, which is <see cref="Summary"/>).</summary>
    public string? Notes { get; private set; }

    public DateTimeOffset? NotesRecordedAt { get; private set; }

    public Guid? NotesRecordedById { get; private set; }

    public bool HasNotes => NotesRecordedAt is not null;

    public bool IsCancelled { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyCollection<InteractionParty> Parties => _parties.AsReadOnly();

    public IReadOnlyCollection<InteractionRep> Reps => _reps.AsReadOnly();

    /// <summary>The natural key of a meeting occurrence (also used by bulk upserts that bypass the entity).</summary>
    public static string MeetingKey(string iCalUId, DateTimeOffset occurrenceStart) =>
        string.Create(CultureInfo.InvariantCulture, $"{iCalUId}|{occurrenceStart.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");

    public static Interaction CaptureEmail(string internetMessageId, string? conversationId, string? inReplyToMessageId, Direction direction, DateTimeOffset occurredAt, string? subject, string? summary, DateTimeOffset createdAt)
    {
        var interaction = new Interaction(Channel.Email, direction, InteractionSource.Captured, occurredAt, null, subject, summary, createdAt)
        {
            InternetMessageId = Guard.Required(internetMessageId, nameof(internetMessageId), KeyMaxLength),
            ConversationId = Guard.Optional(conversationId, nameof(conversationId), KeyMaxLength),
            InReplyToMessageId = Guard.Optional(inReplyToMessageId, nameof(inReplyToMessageId), KeyMaxLength),
        };
        interaction.NaturalKey = interaction.InternetMessageId;
        return interaction;
    }

    public static Interaction CaptureMeeting(string iCalUId, DateTimeOffset occurrenceStart, DateTimeOffset endsAt, Direction direction, string? subject, string? summary, bool isCancelled, DateTimeOffset createdAt)
    {
        var uid = Guard.Required(iCalUId, nameof(iCalUId), KeyMaxLength - 25);
        return new Interaction(Channel.Meeting, direction, InteractionSource.Captured, occurrenceStart, endsAt, subject, summary, createdAt)
        {
            ICalUId = uid,
            OccurrenceStart = occurrenceStart.ToUniversalTime(),
            NaturalKey = MeetingKey(uid, occurrenceStart),
            IsCancelled = isCancelled,
        };
    }

    /// <summary>A contact recorded by hand (a call, a lunch, a letter, a note).</summary>
    public static Interaction Log(Channel channel, Direction direction, DateTimeOffset occurredAt, DateTimeOffset? endsAt, string? subject, string? summary, Guid loggedById, DateTimeOffset createdAt)
    {
        if (channel == Channel.Note && direction != Direction.Internal)
        {
            throw new DomainRuleException("A note is internal: its direction must be Internal.", "direction");
        }

        return new Interaction(channel, direction, InteractionSource.Logged, occurredAt, endsAt, subject, summary, createdAt)
        {
            LoggedById = Guard.NotEmpty(loggedById, nameof(loggedById)),
        };
    }

    public void AddParty(Guid partyId, ParticipantRole role, string? matchedAddress = null)
    {
        Guard.NotEmpty(partyId, nameof(partyId));
        if (_parties.Any(p => p.PartyId == partyId && p.Role == role))
        {
            return;
        }

        _parties.Add(new InteractionParty(Id, partyId, role, OccurredAt, Guard.Optional(matchedAddress, nameof(matchedAddress), 320)));
    }

    public void AddRep(Guid firmUserId, ParticipantRole role)
    {
        Guard.NotEmpty(firmUserId, nameof(firmUserId));
        if (_reps.Any(r => r.FirmUserId == firmUserId && r.Role == role))
        {
            return;
        }

        _reps.Add(new InteractionRep(Id, firmUserId, role, OccurredAt));
    }

    public void RemoveParty(Guid partyId) => _parties.RemoveAll(p => p.PartyId == partyId);

    /// <summary>A meeting moved (or a logged contact corrected): its participants' copies of the time move too.</summary>
    public void Reschedule(DateTimeOffset occurredAt, DateTimeOffset? endsAt)
    {
        SetTimes(occurredAt, endsAt);
        _parties.ForEach(p => p.Reschedule(OccurredAt));
        _reps.ForEach(r => r.Reschedule(OccurredAt));
    }

    public void ChangeContent(string? subject, string? summary)
    {
        Subject = Guard.Optional(subject, nameof(subject), SubjectMaxLength);
        Summary = Guard.Optional(summary, nameof(summary), SummaryMaxLength);
    }

    /// <summary>Metadata-only capture: who and when are kept, the words are not.</summary>
    public void RemoveContent()
    {
        Subject = null;
        Summary = null;
    }

    /// <summary>Records (or replaces) the rep's notes of this contact; closes "meeting without notes" follow-ups.</summary>
    public void RecordNotes(string notes, Guid byUserId, DateTimeOffset at)
    {
        Notes = Guard.Required(notes, nameof(notes), SummaryMaxLength);
        NotesRecordedById = Guard.NotEmpty(byUserId, nameof(byUserId));
        NotesRecordedAt = at.ToUniversalTime();
    }

    public void Cancel() => IsCancelled = true;

    public void Reinstate() => IsCancelled = false;

    private void SetTimes(DateTimeOffset occurredAt, DateTimeOffset? endsAt)
    {
        if (endsAt is { } end && end < occurredAt)
        {
            throw new DomainRuleException($"endsAt ({end:O}) is before occurredAt ({occurredAt:O}).", "endsAt");
        }

        // Stored as timestamptz, which Npgsql only writes from UTC values.
        OccurredAt = occurredAt.ToUniversalTime();
        EndsAt = endsAt?.ToUniversalTime();
    }
}
