using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Clients;

/// <summary>A department of an organisation and the office that holds it ("where is accounts payable?").</summary>
public sealed class Department : IAudited
{
    private Department() { }

    internal Department(Guid organisationId, string name, Guid? officeId)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Name = Guard.Required(name, nameof(name), 200);
        OfficeId = officeId;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; } = "";

    public Guid? OfficeId { get; private set; }

    internal void MoveTo(Guid? officeId) => OfficeId = officeId;
}
