using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Capture;

/// <summary>
/// The latest decision capture took about one item of one mailbox stream: "why (not) captured?".
/// One row per (mailbox, stream, Graph item id), its key, replaced when the item is seen again; kept for the
/// configured retention period. Written in bulk by the capture pipeline, in the transaction of its page.
/// Not audited: it is itself a log, and holds no client data beyond sender and subject.
/// </summary>
public sealed class CaptureDecision
{
    public const int GraphIdMaxLength = 400;
    public const int DetailMaxLength = 2000;

    private CaptureDecision() { }

    public CaptureDecision(Guid firmUserId, MailboxStream stream, string graphItemId, string? internetMessageId, string? sender, string? subject,
        CaptureOutcome outcome, CaptureReason reason, string? detail, Guid? interactionId, DateTimeOffset at)
    {
        FirmUserId = Guard.NotEmpty(firmUserId, nameof(firmUserId));
        Stream = stream;
        GraphItemId = Guard.Required(graphItemId, nameof(graphItemId), GraphIdMaxLength);
        InternetMessageId = Guard.Optional(internetMessageId, nameof(internetMessageId), Interactions.Interaction.KeyMaxLength);
        Sender = Guard.Optional(sender, nameof(sender), Clients.MailAddressText.MaxLength);
        Subject = Guard.Optional(subject, nameof(subject), Interactions.Interaction.SubjectMaxLength);
        Outcome = outcome;
        Reason = reason;
        Detail = Guard.Optional(detail, nameof(detail), DetailMaxLength);
        InteractionId = interactionId;
        At = at.ToUniversalTime();
    }

    /// <summary>Whose mailbox the item is in.</summary>
    public Guid FirmUserId { get; private set; }

    public MailboxStream Stream { get; private set; }

    /// <summary>Graph's id of the message or event in that mailbox.</summary>
    public string GraphItemId { get; private set; } = "";

    /// <summary>The email's Message-ID, or the meeting's natural key (iCalUId|start).</summary>
    public string? InternetMessageId { get; private set; }

    /// <summary>Sender (email) or organizer (meeting), normalised; null when unreadable.</summary>
    public string? Sender { get; private set; }

    /// <summary>Null in metadata-only mode.</summary>
    public string? Subject { get; private set; }

    public CaptureOutcome Outcome { get; private set; }

    public CaptureReason Reason { get; private set; }

    /// <summary>More words on the reason, e.g. which address matched two parties.</summary>
    public string? Detail { get; private set; }

    /// <summary>The interaction the item was captured as (also kept after the item left the mailbox).</summary>
    public Guid? InteractionId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public bool IsCaptured => Outcome == CaptureOutcome.Captured || (Outcome == CaptureOutcome.RemovedFromMailbox && InteractionId is not null);
}
