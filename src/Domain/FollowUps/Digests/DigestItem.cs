namespace OutlookCms.Domain.FollowUps.Digests;

/// <summary>One follow-up as a digest lists it: whose, for which client, what, and when it was due.</summary>
public sealed record DigestItem(Guid FollowUpId, Guid PartyId, string PartyName, string OwnerName, FollowUpReason Reason, string? Title,
    DateTimeOffset DueAt);

/// <summary>What one person's digest for one local day says; empty sections are left out, and an empty digest is not sent.</summary>
public sealed record DigestContent(string RecipientName, DateOnly LocalDate, IReadOnlyList<DigestItem> Overdue,
    IReadOnlyList<DigestItem> DueToday, IReadOnlyList<DigestItem> Escalated)
{
    public bool IsEmpty => Overdue.Count == 0 && DueToday.Count == 0 && Escalated.Count == 0;
}
