using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Capture;

/// <summary>
/// A poison item set aside with its reason, so the rest of its page and mailbox go on. One row per
/// (mailbox, stream, Graph item id); an admin can look at it and release it (it is then retried when it next changes).
/// </summary>
public sealed class QuarantinedItem
{
    private QuarantinedItem() { }

    public QuarantinedItem(Guid firmUserId, MailboxStream stream, string graphItemId, string? internetMessageId, QuarantineReason reason, string detail, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        FirmUserId = Guard.NotEmpty(firmUserId, nameof(firmUserId));
        Stream = stream;
        GraphItemId = Guard.Required(graphItemId, nameof(graphItemId), CaptureDecision.GraphIdMaxLength);
        InternetMessageId = Guard.Optional(internetMessageId, nameof(internetMessageId), Interactions.Interaction.KeyMaxLength);
        Reason = reason;
        Detail = Guard.Required(detail, nameof(detail), CaptureDecision.DetailMaxLength);
        QuarantinedAt = at.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    public Guid FirmUserId { get; private set; }

    public MailboxStream Stream { get; private set; }

    public string GraphItemId { get; private set; } = "";

    public string? InternetMessageId { get; private set; }

    public QuarantineReason Reason { get; private set; }

    public string Detail { get; private set; } = "";

    public DateTimeOffset QuarantinedAt { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    public void Release(DateTimeOffset at) => ReleasedAt = at.ToUniversalTime();
}
