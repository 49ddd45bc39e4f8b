using Npgsql;
using OutlookCms.GraphSync.Pipeline;

namespace OutlookCms.GraphSync.Persistence;

/// <summary>Loads what a page's addresses and domains match, in one round trip (two indexed lookups).</summary>
public sealed class PartyIndexLoader(NpgsqlDataSource dataSource)
{
    // A party merged into another redirects to the survivor: capture attaches the survivor.
    private const string ByAddress = """
        SELECT e.address, COALESCE(p.merged_into_id, p.id)
        FROM cms.email_addresses e JOIN cms.parties p ON p.id = e.party_id
        WHERE e.address = ANY($1)
        """;

    private const string ByDomain = """
        SELECT d.domain, COALESCE(p.merged_into_id, p.id)
        FROM cms.organisation_domains d JOIN cms.parties p ON p.id = d.organisation_id
        WHERE d.domain = ANY($1)
        """;

    public async Task<PartyIndex> LoadAsync(IReadOnlyCollection<string> addresses, IReadOnlyCollection<string> domains, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        ArgumentNullException.ThrowIfNull(domains);
        if (addresses.Count == 0)
        {
            return PartyIndex.Empty;
        }

        var byAddress = new Dictionary<string, List<Guid>>(StringComparer.Ordinal);
        var byDomain = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand(ByAddress) { Parameters = { new NpgsqlParameter { Value = addresses.ToArray() } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(ByDomain) { Parameters = { new NpgsqlParameter { Value = domains.ToArray() } } });
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var address = reader.GetString(0);
            var party = reader.GetGuid(1);
            if (!byAddress.TryGetValue(address, out var parties))
            {
                byAddress[address] = parties = [];
            }

            if (!parties.Contains(party))
            {
                parties.Add(party);
            }
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            byDomain[reader.GetString(0)] = reader.GetGuid(1);
        }

        return new PartyIndex(byAddress.ToDictionary(p => p.Key, p => (IReadOnlyList<Guid>)p.Value, StringComparer.Ordinal), byDomain);
    }
}
