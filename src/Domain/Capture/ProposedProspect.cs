using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Capture;

/// <summary>
/// An unknown external sender who writes to the firm's reps. Capture counts their distinct messages
/// (see <see cref="ProspectSighting"/>); past the threshold they wait in a review queue. Capture never
/// creates a party by itself: a reviewer accepts (and creates or links the party) or dismisses.
/// </summary>
public sealed class ProposedProspect
{
    public const int DisplayNameMaxLength = 300;

    private ProposedProspect() { }

    public ProposedProspect(string address, string? displayName, DateTimeOffset seenAt)
    {
        Address = Clients.MailAddressText.Normalize(address, nameof(address));
        Domain = Clients.MailAddressText.DomainOf(Address);
        DisplayName = Guard.Optional(displayName, nameof(displayName), DisplayNameMaxLength);
        FirstSeenAt = LastSeenAt = seenAt.ToUniversalTime();
        MessageCount = 1;
        Status = ProspectStatus.Watching;
    }

    /// <summary>The sender's address, normalised (the key).</summary>
    public string Address { get; private set; } = "";

    public string Domain { get; private set; } = "";

    public string? DisplayName { get; private set; }

    /// <summary>Distinct messages (by internetMessageId) the sender wrote to any rep.</summary>
    public int MessageCount { get; private set; }

    public DateTimeOffset FirstSeenAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    public ProspectStatus Status { get; private set; }

    public Guid? PartyId { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public Guid? ReviewedById { get; private set; }

    /// <summary>A reviewer made or linked the party this address belongs to.</summary>
    public void Accept(Guid partyId, Guid reviewerId, DateTimeOffset at)
    {
        EnsurePending();
        PartyId = Guard.NotEmpty(partyId, nameof(partyId));
        Review(ProspectStatus.Accepted, reviewerId, at);
    }

    public void Dismiss(Guid reviewerId, DateTimeOffset at)
    {
        EnsurePending();
        Review(ProspectStatus.Dismissed, reviewerId, at);
    }

    private void EnsurePending()
    {
        if (Status is ProspectStatus.Accepted or ProspectStatus.Dismissed)
        {
            throw new DomainRuleException($"{Address} was already reviewed ({Status}).");
        }
    }

    private void Review(ProspectStatus status, Guid reviewerId, DateTimeOffset at)
    {
        Status = status;
        ReviewedById = Guard.NotEmpty(reviewerId, nameof(reviewerId));
        ReviewedAt = at.ToUniversalTime();
    }
}
