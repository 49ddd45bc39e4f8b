using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Clients;

/// <summary>
/// A designated adviser of a party or of a household. An assignment counts (for access, breaches, digests)
/// until it is ended; ended assignments stay as history.
/// </summary>
public sealed class CoverageAssignment : IAudited
{
    private CoverageAssignment() { }

    private CoverageAssignment(Guid? partyId, Guid? householdId, Guid adviserId, CoverageRole role, DateTimeOffset from)
    {
        Id = Guid.CreateVersion7();
        PartyId = partyId;
        HouseholdId = householdId;
        AdviserId = Guard.NotEmpty(adviserId, nameof(adviserId));
        Role = role;
        From = from.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    public Guid? PartyId { get; private set; }

    public Guid? HouseholdId { get; private set; }

    public Guid AdviserId { get; private set; }

    public CoverageRole Role { get; private set; }

    public DateTimeOffset From { get; private set; }

    /// <summary>Set when the coverage ended; from then on it no longer grants anything.</summary>
    public DateTimeOffset? To { get; private set; }

    public bool IsActive => To is null;

    public static CoverageAssignment ForParty(Guid partyId, Guid adviserId, CoverageRole role, DateTimeOffset from) =>
        new(Guard.NotEmpty(partyId, nameof(partyId)), null, adviserId, role, from);

    public static CoverageAssignment ForHousehold(Guid householdId, Guid adviserId, CoverageRole role, DateTimeOffset from) =>
        new(null, Guard.NotEmpty(householdId, nameof(householdId)), adviserId, role, from);

    public void ChangeRole(CoverageRole role) => Role = role;

    public void End(DateTimeOffset at)
    {
        if (To is not null)
        {
            throw new DomainRuleException("This coverage has already ended.");
        }

        if (at < From)
        {
            throw new DomainRuleException($"Coverage cannot end ({at:O}) before it started ({From:O}).", "to");
        }

        To = at.ToUniversalTime();
    }
}
