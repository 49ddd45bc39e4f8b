using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Clients;

/// <summary>Lets a user, or a whole team, see a restricted party without covering it.</summary>
public sealed class PartyShare : IAudited
{
    private PartyShare() { }

    private PartyShare(Guid partyId, Guid? userId, Guid? teamId, Guid sharedById, DateTimeOffset sharedAt, string? reason)
    {
        Id = Guid.CreateVersion7();
        PartyId = Guard.NotEmpty(partyId, nameof(partyId));
        SharedWithUserId = userId;
        SharedWithTeamId = teamId;
        SharedById = Guard.NotEmpty(sharedById, nameof(sharedById));
        SharedAt = sharedAt.ToUniversalTime();
        Reason = Guard.Optional(reason, nameof(reason), 500);
    }

    public Guid Id { get; private set; }

    public Guid PartyId { get; private set; }

    public Guid? SharedWithUserId { get; private set; }

    public Guid? SharedWithTeamId { get; private set; }

    public Guid SharedById { get; private set; }

    public DateTimeOffset SharedAt { get; private set; }

    public string? Reason { get; private set; }

    public static PartyShare WithUser(Guid partyId, Guid userId, Guid sharedById, DateTimeOffset at, string? reason = null) =>
        new(partyId, Guard.NotEmpty(userId, nameof(userId)), null, sharedById, at, reason);

    public static PartyShare WithTeam(Guid partyId, Guid teamId, Guid sharedById, DateTimeOffset at, string? reason = null) =>
        new(partyId, null, Guard.NotEmpty(teamId, nameof(teamId)), sharedById, at, reason);
}
