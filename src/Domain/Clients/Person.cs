using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Clients;

/// <summary>A natural person: an individual client, or someone at a client organisation.</summary>
public sealed class Person : Party
{
    public const int NameMaxLength = 100;

    private Person() { }

    public Person(string givenName, string familyName, PartyStatus status, DateTimeOffset createdAt)
        : base(PartyKind.Person, status, createdAt) => Rename(givenName, familyName);

    public string GivenName { get; private set; } = "";

    public string FamilyName { get; private set; } = "";

    public Guid? OrganisationId { get; private set; }

    public Guid? DepartmentId { get; private set; }

    public Guid? OfficeId { get; private set; }

    public string? JobTitle { get; private set; }

    public OrganisationRole? RoleAtOrganisation { get; private set; }

    /// <summary>How much weight this person carries in the organisation's decisions, 0–100.</summary>
    public int? InfluenceWeight { get; private set; }

    /// <summary>The org chart: whom this person reports to (a person at the same organisation).</summary>
    public Guid? ReportsToId { get; private set; }

    public Guid? HouseholdId { get; private set; }

    public void Rename(string givenName, string familyName)
    {
        GivenName = Guard.Required(givenName, nameof(givenName), NameMaxLength);
        FamilyName = Guard.Required(familyName, nameof(familyName), NameMaxLength);
        DisplayName = $"{GivenName} {FamilyName}";
    }

    /// <summary>Places the person at an organisation, optionally in a department and an office of that organisation.</summary>
    public void WorkAt(Organisation organisation, Department? department, Office? office, string? jobTitle, OrganisationRole? role, int? influenceWeight)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (department is not null && department.OrganisationId != organisation.Id)
        {
            throw new DomainRuleException($"Department '{department.Name}' belongs to another organisation.", "departmentId");
        }

        if (office is not null && office.OrganisationId != organisation.Id)
        {
            throw new DomainRuleException($"Office '{office.Name}' belongs to another organisation.", "officeId");
        }

        if (OrganisationId != organisation.Id)
        {
            ReportsToId = null;
        }

        OrganisationId = organisation.Id;
        DepartmentId = department?.Id;
        OfficeId = office?.Id ?? department?.OfficeId;
        JobTitle = Guard.Optional(jobTitle, nameof(jobTitle), 200);
        RoleAtOrganisation = role;
        InfluenceWeight = influenceWeight is { } weight ? Guard.InRange(weight, 0, 100, nameof(influenceWeight)) : null;
    }

    public void LeaveOrganisation()
    {
        OrganisationId = null;
        DepartmentId = null;
        OfficeId = null;
        JobTitle = null;
        RoleAtOrganisation = null;
        InfluenceWeight = null;
        ReportsToId = null;
    }

    public void ReportTo(Person? manager)
    {
        if (manager is null)
        {
            ReportsToId = null;
            return;
        }

        if (manager.Id == Id)
        {
            throw new DomainRuleException("A person cannot report to themselves.", "reportsToId");
        }

        if (OrganisationId is null || manager.OrganisationId != OrganisationId)
        {
            throw new DomainRuleException($"{manager.DisplayName} does not work at the same organisation.", "reportsToId");
        }

        if (manager.ReportsToId == Id)
        {
            throw new DomainRuleException($"{manager.DisplayName} already reports to {DisplayName}.", "reportsToId");
        }

        ReportsToId = manager.Id;
    }

    public void JoinHousehold(Guid householdId) => HouseholdId = Guard.NotEmpty(householdId, nameof(householdId));

    public void LeaveHousehold() => HouseholdId = null;
}
