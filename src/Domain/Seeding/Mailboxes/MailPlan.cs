namespace OutlookCms.Domain.Seeding.Mailboxes;

/// <summary>One email as sent, before it is copied into the mailboxes that hold it (the sender's Sent Items, the recipients' Inboxes).</summary>
internal sealed record MailPlan
{
    public required string Case { get; init; }

    public required string InternetMessageId { get; init; }

    public required string ConversationId { get; init; }

    public required MailAddress From { get; init; }

    public IReadOnlyList<MailAddress> To { get; init; } = [];

    public IReadOnlyList<MailAddress> Cc { get; init; } = [];

    /// <summary>Only the sender's copy shows Bcc, as in Exchange.</summary>
    public IReadOnlyList<MailAddress> Bcc { get; init; } = [];

    public required DateTimeOffset SentAt { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    public string? InReplyTo { get; init; }

    /// <summary>PR_SENSITIVITY: 0 normal, 1 personal, 2 private.</summary>
    public int Sensitivity { get; init; }

    /// <summary>Transport headers of a mailing list (List-Unsubscribe, Precedence), on received copies only.</summary>
    public IReadOnlyList<(string Name, string Value)> ListHeaders { get; init; } = [];

    /// <summary>Focused Inbox put it in "Other".</summary>
    public bool IsOther { get; init; }
}
