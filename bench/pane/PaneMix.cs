using Npgsql;

namespace OutlookCms.Bench.Pane;

/// <summary>A firm user the bench signs in as.</summary>
public sealed record BenchUser(Guid Id, Guid ObjectId, string DisplayName, string Email, string Role);

/// <summary>What one pane request looks like: its kind (for the per-kind figures), mode and addresses.</summary>
public sealed record PaneCall(string Kind, string Mode, IReadOnlyList<string> Addresses)
{
    public string PathAndQuery => $"/api/pane?mode={Mode}&addresses={Uri.EscapeDataString(string.Join(',', Addresses))}";
}

/// <summary>
/// The requests the pane really sends (src/AddinHost/ClientApp/src/pane/mailItem.ts): reading, the sender and the other
/// recipients without the rep; writing, all recipients. Drawn from the seeded firm: client and prospect addresses
/// (restricted ones included, as they come), people at a known organisation's domain we have no address for, unknown
/// free-mail and company senders, colleagues in copy, and compose windows with several recipients.
/// </summary>
public sealed class PaneMix
{
    public static readonly string[] Kinds = ["read-client", "read-org-domain", "read-unknown", "compose"];
    private static readonly string[] FreeMail = ["gmail.com", "outlook.com", "yahoo.co.uk", "bluewin.ch", "gmx.de", "icloud.com"];

    private readonly string[] clients;
    private readonly string[] domains;
    private readonly string[] colleagues;

    private PaneMix(string[] clients, string[] domains, string[] colleagues, IReadOnlyList<BenchUser> users)
    {
        this.clients = clients;
        this.domains = domains;
        this.colleagues = colleagues;
        Users = users;
    }

    /// <summary>The reps and managers the clients sign in as (managers see through their teams: the widest rep-side rule).</summary>
    public IReadOnlyList<BenchUser> Users { get; }

    public static async Task<PaneMix> LoadAsync(string connectionString, int seed)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        // A fixed sample (ordered by a hash) so two runs on the same database ask the same questions.
        var clients = await ListAsync<string>(source,
            $"""
            SELECT e.address FROM cms.email_addresses e JOIN cms.parties p ON p.id = e.party_id
            WHERE p.merged_into_id IS NULL AND p.status IN ('Client', 'Prospect') ORDER BY md5(e.address || '{seed}') LIMIT 20000
            """);
        var domains = await ListAsync<string>(source, "SELECT domain FROM cms.organisation_domains ORDER BY domain");
        var colleagues = await ListAsync<string>(source, "SELECT email FROM cms.firm_users WHERE is_active ORDER BY email");
        await using var command = source.CreateCommand(
            "SELECT id, entra_object_id, display_name, email, role FROM cms.firm_users WHERE is_active AND role IN ('Rep', 'Manager') ORDER BY role DESC, email");
        await using var reader = await command.ExecuteReaderAsync();
        var users = new List<BenchUser>();
        while (await reader.ReadAsync())
        {
            users.Add(new BenchUser(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        if (clients.Count == 0 || domains.Count == 0 || users.Count == 0)
        {
            throw new InvalidOperationException("The bench database holds no firm to ask about (no client addresses, domains or reps).");
        }

        return new PaneMix([.. clients], [.. domains], [.. colleagues], users);
    }

    /// <summary>Half the requests read a client's mail, a quarter are compose windows, the rest are senders we do not know.</summary>
    public PaneCall Next(Random random, BenchUser viewer)
    {
        var roll = random.NextDouble();
        if (roll < 0.50)
        {
            var addresses = new List<string> { Pick(random, clients) };
            if (random.NextDouble() < 0.3)
            {
                addresses.Add(Colleague(random, viewer));
            }

            if (random.NextDouble() < 0.15)
            {
                addresses.Add(Pick(random, clients));
            }

            return new PaneCall("read-client", "read", addresses);
        }

        if (roll < 0.65)
        {
            return new PaneCall("read-org-domain", "read", [$"new.contact{random.Next(1_000_000)}@{Pick(random, domains)}"]);
        }

        if (roll < 0.75)
        {
            var domain = random.NextDouble() < 0.7 ? Pick(random, FreeMail) : $"unknown-{random.Next(100_000)}.example";
            return new PaneCall("read-unknown", "read", [$"someone{random.Next(1_000_000)}@{domain}"]);
        }

        var recipients = new List<string>();
        for (var i = random.Next(2, 5); i > 0; i--)
        {
            recipients.Add(Pick(random, clients));
        }

        recipients.Add(Colleague(random, viewer));
        if (random.NextDouble() < 0.3)
        {
            recipients.Add($"new.contact{random.Next(1_000_000)}@{Pick(random, domains)}");
        }

        return new PaneCall("compose", "compose", recipients);
    }

    private string Colleague(Random random, BenchUser viewer)
    {
        var colleague = Pick(random, colleagues);
        return colleague == viewer.Email ? colleagues[0] : colleague;
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    internal static async Task<List<T>> ListAsync<T>(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetFieldValue<T>(0));
        }

        return rows;
    }
}
