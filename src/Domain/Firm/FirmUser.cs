using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Firm;

/// <summary>A person who works at the firm and signs in with Entra ID: a rep, manager, controller or admin.</summary>
public sealed class FirmUser : IAudited
{
    public const int DisplayNameMaxLength = 200;

    private FirmUser() { }

    public FirmUser(Guid entraObjectId, string displayName, string email, string timeZoneId, FirmRole role, RepSpecialty? specialty = null)
    {
        Id = Guid.CreateVersion7();
        EntraObjectId = Guard.NotEmpty(entraObjectId, nameof(entraObjectId));
        DisplayName = Guard.Required(displayName, nameof(displayName), DisplayNameMaxLength);
        Email = MailAddressText.Normalize(email, nameof(email));
        MoveToTimeZone(timeZoneId);
        ChangeRole(role, specialty);
        IsActive = true;
    }

    public Guid Id { get; private set; }

    /// <summary>The <c>oid</c> claim of the user's token.</summary>
    public Guid EntraObjectId { get; private set; }

    public string DisplayName { get; private set; } = "";

    /// <summary>The user's mailbox address, lower-case.</summary>
    public string Email { get; private set; } = "";

    /// <summary>IANA time zone, for local mornings and business hours.</summary>
    public string TimeZoneId { get; private set; } = "UTC";

    public FirmRole Role { get; private set; }

    public RepSpecialty? Specialty { get; private set; }

    public Guid? TeamId { get; private set; }

    /// <summary>The user's line manager (the reporting line, used for separation of duties and escalation).</summary>
    public Guid? ManagerId { get; private set; }

    public bool IsActive { get; private set; }

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public void MoveToTimeZone(string timeZoneId)
    {
        var id = Guard.Required(timeZoneId, nameof(timeZoneId), 64);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
        {
            throw new DomainRuleException($"timeZoneId '{id}' is not a known time zone.", nameof(timeZoneId));
        }

        TimeZoneId = id;
    }

    public void ChangeRole(FirmRole role, RepSpecialty? specialty)
    {
        Role = role;
        Specialty = specialty;
    }

    public void JoinTeam(Guid? teamId) => TeamId = teamId;

    public void ReportTo(Guid? managerId)
    {
        if (managerId == Id && Id != Guid.Empty)
        {
            throw new DomainRuleException("A user cannot be their own manager.", nameof(managerId));
        }

        ManagerId = managerId;
    }

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;
}
