using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Clients;

/// <summary>An office (site) of an organisation; its street address is one of the organisation's postal addresses.</summary>
public sealed class Office : IAudited
{
    private Office() { }

    internal Office(Guid organisationId, string name, Guid addressId)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Name = Guard.Required(name, nameof(name), 200);
        AddressId = addressId;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; } = "";

    public Guid AddressId { get; private set; }

    public PostalAddress? Address { get; private set; }
}
