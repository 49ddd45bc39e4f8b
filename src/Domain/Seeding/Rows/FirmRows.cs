using OutlookCms.Domain.Firm;

namespace OutlookCms.Domain.Seeding.Rows;

/// <summary>A row of <c>cms.teams</c> as seeded.</summary>
public sealed record TeamRow(Guid Id, string Name, TeamDesk Desk, Guid? ManagerId);

/// <summary>A row of <c>cms.firm_users</c> as seeded; <see cref="EntraObjectId"/> is what the demo sign-in puts in the token's <c>oid</c>.</summary>
public sealed record FirmUserRow(
    Guid Id, Guid EntraObjectId, string DisplayName, string Email, string TimeZoneId, FirmRole Role, RepSpecialty? Specialty,
    Guid? TeamId, Guid? ManagerId, bool IsActive);
