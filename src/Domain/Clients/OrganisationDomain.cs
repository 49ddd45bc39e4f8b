using OutlookCms.Domain.Auditing;

namespace OutlookCms.Domain.Clients;

/// <summary>A mail domain owned by an organisation (unique across organisations).</summary>
public sealed class OrganisationDomain : IAudited
{
    private OrganisationDomain() { }

    internal OrganisationDomain(Guid organisationId, string domain)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Domain = domain;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Domain { get; private set; } = "";
}
