using System.Text.RegularExpressions;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Clients;

/// <summary>A company or institution: its mail domains (for matching), offices, departments and, through its people, its org chart.</summary>
public sealed partial class Organisation : Party
{
    private readonly List<OrganisationDomain> _domains = [];
    private readonly List<Office> _offices = [];
    private readonly List<Department> _departments = [];

    private Organisation() { }

    public Organisation(string legalName, PartyStatus status, DateTimeOffset createdAt)
        : base(PartyKind.Organisation, status, createdAt) => Rename(legalName);

    public string LegalName { get; private set; } = "";

    public IReadOnlyCollection<OrganisationDomain> Domains => _domains.AsReadOnly();

    public IReadOnlyCollection<Office> Offices => _offices.AsReadOnly();

    public IReadOnlyCollection<Department> Departments => _departments.AsReadOnly();

    public void Rename(string legalName)
    {
        LegalName = Guard.Required(legalName, nameof(legalName), DisplayNameMaxLength);
        DisplayName = LegalName;
    }

    /// <summary>Adds a mail domain whose senders match this organisation. Free-mail domains must never be added (capture refuses them).</summary>
    public OrganisationDomain AddDomain(string domain)
    {
        var normal = Guard.Required(domain, nameof(domain), 253).TrimStart('@').ToLowerInvariant();
        if (!DomainPattern().IsMatch(normal))
        {
            throw new DomainRuleException($"'{domain}' is not a mail domain.", nameof(domain));
        }

        if (_domains.Any(d => d.Domain == normal))
        {
            throw new DomainRuleException($"{normal} is already a domain of this organisation.", nameof(domain));
        }

        var added = new OrganisationDomain(Id, normal);
        _domains.Add(added);
        return added;
    }

    public void RemoveDomain(string domain) =>
        _domains.RemoveAll(d => d.Domain == domain.Trim().TrimStart('@').ToLowerInvariant());

    /// <summary>Adds an office with its street address (kept as one of the organisation's addresses, kind Office).</summary>
    public Office AddOffice(string name, IReadOnlyList<string> lines, string city, string? region, string? postcode, string countryCode)
    {
        var address = AddAddress(AddressKind.Office, lines, city, region, postcode, countryCode);
        var office = new Office(Id, name, address.Id);
        if (_offices.Any(o => o.Name == office.Name))
        {
            throw new DomainRuleException($"There is already an office called '{office.Name}'.", nameof(name));
        }

        _offices.Add(office);
        return office;
    }

    public Department AddDepartment(string name, Office? office)
    {
        var department = new Department(Id, name, OfficeOf(office));
        if (_departments.Any(d => d.Name == department.Name))
        {
            throw new DomainRuleException($"There is already a department called '{department.Name}'.", nameof(name));
        }

        _departments.Add(department);
        return department;
    }

    public void MoveDepartment(Department department, Office? office)
    {
        ArgumentNullException.ThrowIfNull(department);
        if (!_departments.Contains(department))
        {
            throw new DomainRuleException($"Department '{department.Name}' belongs to another organisation.", "departmentId");
        }

        department.MoveTo(OfficeOf(office));
    }

    public override void RemoveAddress(Guid addressId)
    {
        if (_offices.Any(o => o.AddressId == addressId))
        {
            throw new DomainRuleException("This address is an office's address; remove or move the office first.", nameof(addressId));
        }

        base.RemoveAddress(addressId);
    }

    private Guid? OfficeOf(Office? office)
    {
        if (office is null)
        {
            return null;
        }

        return _offices.Contains(office)
            ? office.Id
            : throw new DomainRuleException($"Office '{office.Name}' belongs to another organisation.", "officeId");
    }

    [GeneratedRegex(@"^(?=.{3,253}$)([a-z0-9]([a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")]
    private static partial Regex DomainPattern();
}
