namespace OutlookCms.GraphSync.Pipeline;

/// <summary>The parties a page's addresses and domains point at, loaded in one query per page.</summary>
public sealed class PartyIndex(IReadOnlyDictionary<string, IReadOnlyList<Guid>> partiesByAddress, IReadOnlyDictionary<string, Guid> organisationsByDomain)
{
    public static readonly PartyIndex Empty = new(new Dictionary<string, IReadOnlyList<Guid>>(), new Dictionary<string, Guid>());

    public IReadOnlyDictionary<string, IReadOnlyList<Guid>> PartiesByAddress { get; } = partiesByAddress;

    public IReadOnlyDictionary<string, Guid> OrganisationsByDomain { get; } = organisationsByDomain;
}
