using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.FollowUps;

/// <summary>
/// Something a rep owes a client. Rules create them with a <see cref="RuleKey"/> (unique), so running a rule
/// twice finds the existing one instead of creating another.
/// </summary>
public sealed class FollowUp : IAudited
{
    public const int RuleKeyMaxLength = 400;
    public const int TextMaxLength = 2000;

    private FollowUp() { }

    private FollowUp(Guid partyId, Guid ownerId, FollowUpReason reason, DateTimeOffset dueAt, string? title, Guid? sourceInteractionId, string? ruleKey, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        PartyId = Guard.NotEmpty(partyId, nameof(partyId));
        OwnerId = Guard.NotEmpty(ownerId, nameof(ownerId));
        Reason = reason;
        DueAt = dueAt.ToUniversalTime();
        Title = Guard.Optional(title, nameof(title), 500);
        SourceInteractionId = sourceInteractionId;
        RuleKey = Guard.Optional(ruleKey, nameof(ruleKey), RuleKeyMaxLength);
        Status = FollowUpStatus.Open;
        CreatedAt = createdAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    public Guid PartyId { get; private set; }

    public Guid OwnerId { get; private set; }

    public FollowUpReason Reason { get; private set; }

    public string? Title { get; private set; }

    public Guid? SourceInteractionId { get; private set; }

    /// <summary>Identifies what a rule derived this from (e.g. "unanswered:{interactionId}:{ownerId}"); unique when set.</summary>
    public string? RuleKey { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public FollowUpStatus Status { get; private set; }

    public DateTimeOffset? SnoozedUntil { get; private set; }

    public string? SnoozeReason { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Who completed it; null when its rule closed it.</summary>
    public Guid? ClosedById { get; private set; }

    /// <summary>How it was closed, in words ("reply sent", "note logged", the rep's reason …).</summary>
    public string? ClosedHow { get; private set; }

    /// <summary>The interaction that made the condition go away, when there is one.</summary>
    public Guid? ClosingInteractionId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public bool IsClosed => Status is FollowUpStatus.Completed or FollowUpStatus.AutoClosed;

    public static FollowUp Derive(Guid partyId, Guid ownerId, FollowUpReason reason, DateTimeOffset dueAt, string ruleKey, Guid? sourceInteractionId, DateTimeOffset now, string? title = null)
    {
        if (reason == FollowUpReason.Manual)
        {
            throw new DomainRuleException("A rule cannot derive a manual follow-up; use SetByHand.", nameof(reason));
        }

        return new FollowUp(partyId, ownerId, reason, dueAt, title, sourceInteractionId, Guard.Required(ruleKey, nameof(ruleKey), RuleKeyMaxLength), now);
    }

    public static FollowUp SetByHand(Guid partyId, Guid ownerId, string title, DateTimeOffset dueAt, DateTimeOffset now, Guid? sourceInteractionId = null) =>
        new(partyId, ownerId, FollowUpReason.Manual, dueAt, Guard.Required(title, nameof(title), 500), sourceInteractionId, null, now);

    /// <summary>Open, or snoozed until a time that has passed: it needs doing.</summary>
    public bool IsActionable(DateTimeOffset now) =>
        Status == FollowUpStatus.Open || (Status == FollowUpStatus.Snoozed && SnoozedUntil <= now);

    public bool IsOverdue(DateTimeOffset now) => IsActionable(now) && DueAt < now;

    public void Complete(Guid byUserId, string? how, DateTimeOffset now)
    {
        EnsureNotClosed("complete");
        Status = FollowUpStatus.Completed;
        ClosedAt = now.ToUniversalTime();
        ClosedById = Guard.NotEmpty(byUserId, nameof(byUserId));
        ClosedHow = Guard.Optional(how, nameof(how), TextMaxLength) ?? "completed";
        SnoozedUntil = null;
    }

    public void Snooze(DateTimeOffset until, string? reason, DateTimeOffset now)
    {
        EnsureNotClosed("snooze");
        if (until <= now)
        {
            throw new DomainRuleException($"A follow-up can only be snoozed until a later time (got {until:O}, now {now:O}).", nameof(until));
        }

        Status = FollowUpStatus.Snoozed;
        SnoozedUntil = until.ToUniversalTime();
        SnoozeReason = Guard.Optional(reason, nameof(reason), TextMaxLength);
    }

    /// <summary>The rule found that the condition went away; closing twice is a no-op so rules stay re-entrant.</summary>
    public bool AutoClose(string how, DateTimeOffset now, Guid? closingInteractionId = null)
    {
        if (IsClosed)
        {
            return false;
        }

        Status = FollowUpStatus.AutoClosed;
        ClosedAt = now.ToUniversalTime();
        ClosedById = null;
        ClosedHow = Guard.Required(how, nameof(how), TextMaxLength);
        ClosingInteractionId = closingInteractionId;
        SnoozedUntil = null;
        return true;
    }

    public void Reschedule(DateTimeOffset dueAt)
    {
        EnsureNotClosed("reschedule");
        DueAt = dueAt.ToUniversalTime();
    }

    public void Reassign(Guid ownerId)
    {
        EnsureNotClosed("reassign");
        OwnerId = Guard.NotEmpty(ownerId, nameof(ownerId));
    }

    private void EnsureNotClosed(string action)
    {
        if (IsClosed)
        {
            throw new DomainRuleException($"Cannot {action} a follow-up that is already {Status} ({ClosedHow}).");
        }
    }
}
