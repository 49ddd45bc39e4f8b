using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.FollowUps.Digests;

/// <summary>
/// One person's digest for one local day: at most one per (recipient, local date), so it is sent once. Each step of
/// the sending protocol is committed before the next Graph call — claim, then the draft's immutable id, then sent — so
/// a retry after any crash knows what Graph may already hold and asks it (the draft by id) instead of guessing.
/// Audited: it is the record of what the firm emailed to whom, and when.
/// </summary>
public sealed class Digest : IAudited
{
    public const int MessageIdMaxLength = 512;
    public const int WorkerMaxLength = 200;

    private Digest() { }

    private Digest(Guid recipientId, DateOnly localDate, DigestContent content, string worker, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        RecipientId = Guard.NotEmpty(recipientId, nameof(recipientId));
        LocalDate = localDate;
        Status = DigestStatus.Claimed;
        ClaimedAt = now.ToUniversalTime();
        Count(content, worker, now);
    }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    /// <summary>The recipient's local day the digest is for (their time zone).</summary>
    public DateOnly LocalDate { get; private set; }

    public DigestStatus Status { get; private set; }

    /// <summary>The draft's immutable Graph id in the service mailbox (the same id once it is in Sent Items).</summary>
    public string? DraftMessageId { get; private set; }

    public int OverdueCount { get; private set; }

    public int DueTodayCount { get; private set; }

    public int EscalatedCount { get; private set; }

    /// <summary>The worker process that last took a step (host and process id), for operations.</summary>
    public string Worker { get; private set; } = "";

    /// <summary>Drafts made for this digest; more than one means a draft was lost (deleted, or its id never came back).</summary>
    public int DraftsCreated { get; private set; }

    public DateTimeOffset ClaimedAt { get; private set; }

    public DateTimeOffset? DraftCreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>A claim for a digest that has something to say; an empty digest is never claimed (nothing is sent).</summary>
    public static Digest Claim(Guid recipientId, DigestContent content, string worker, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.IsEmpty)
        {
            throw new DomainRuleException("An empty digest is not sent, so it is not claimed.", nameof(content));
        }

        return new Digest(recipientId, content.LocalDate, content, worker, now);
    }

    /// <summary>The content as composed for the draft about to be made (a retry recomposes).</summary>
    public void Count(DigestContent content, string worker, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnsureNotSent();
        OverdueCount = content.Overdue.Count;
        DueTodayCount = content.DueToday.Count;
        EscalatedCount = content.Escalated.Count;
        Touch(worker, now);
    }

    /// <summary>The draft exists in the service mailbox under this id; from here a retry asks Graph about it.</summary>
    public void RecordDraft(string messageId, string worker, DateTimeOffset now)
    {
        EnsureNotSent();
        DraftMessageId = Guard.Required(messageId, nameof(messageId), MessageIdMaxLength);
        Status = DigestStatus.DraftCreated;
        DraftsCreated++;
        DraftCreatedAt = now.ToUniversalTime();
        Touch(worker, now);
    }

    /// <summary>Graph no longer has the draft (404, e.g. someone deleted it): the next attempt makes a new one.</summary>
    public void ForgetDraft(string worker, DateTimeOffset now)
    {
        EnsureNotSent();
        DraftMessageId = null;
        Status = DigestStatus.Claimed;
        Touch(worker, now);
    }

    public void MarkSent(string worker, DateTimeOffset now)
    {
        if (Status != DigestStatus.DraftCreated)
        {
            throw new DomainRuleException($"Only a digest with a draft can be marked sent (it is {Status}).", nameof(Status));
        }

        Status = DigestStatus.Sent;
        SentAt = now.ToUniversalTime();
        Touch(worker, now);
    }

    private void EnsureNotSent()
    {
        if (Status == DigestStatus.Sent)
        {
            throw new DomainRuleException("This digest was sent already.", nameof(Status));
        }
    }

    private void Touch(string worker, DateTimeOffset now)
    {
        Worker = Guard.Required(worker, nameof(worker), WorkerMaxLength);
        UpdatedAt = now.ToUniversalTime();
    }
}
