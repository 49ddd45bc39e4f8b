using System.Globalization;
using Npgsql;

namespace OutlookCms.Bench.Capture;

/// <summary>The firm the bench captures for: reps, client organisations with domains, client people with addresses.</summary>
public sealed class SyntheticFirm
{
    public const string FirmDomain = "firm.example";

    private readonly List<Guid> _orgIds = [];
    private readonly List<string> _orgNames = [];
    private readonly List<string> _domains = [];
    private readonly List<Guid> _personIds = [];
    private readonly List<Guid> _personOrgs = [];
    private readonly List<string> _given = [];
    private readonly List<string> _family = [];
    private readonly List<string> _clients = [];

    private SyntheticFirm(int reps, int organisations, int peoplePerOrganisation)
    {
        Reps = Enumerable.Range(0, reps).Select(i => (Id: Guid.CreateVersion7(), Email: $"rep{i}@{FirmDomain}")).ToList();
        foreach (var o in Enumerable.Range(0, organisations))
        {
            var orgId = Guid.CreateVersion7();
            _orgIds.Add(orgId);
            _orgNames.Add(string.Create(CultureInfo.InvariantCulture, $"Client {o} Ltd"));
            _domains.Add(string.Create(CultureInfo.InvariantCulture, $"client{o}.example"));
            foreach (var p in Enumerable.Range(0, peoplePerOrganisation))
            {
                _personIds.Add(Guid.CreateVersion7());
                _personOrgs.Add(orgId);
                _given.Add(string.Create(CultureInfo.InvariantCulture, $"Person{p}"));
                _family.Add(string.Create(CultureInfo.InvariantCulture, $"Org{o}"));
                _clients.Add(string.Create(CultureInfo.InvariantCulture, $"person{p}@client{o}.example"));
            }
        }

        ClientAddresses = _clients;
    }

    public IReadOnlyList<(Guid Id, string Email)> Reps { get; }

    public IReadOnlyList<string> ClientAddresses { get; }

    public static SyntheticFirm Create(int reps, int organisations, int peoplePerOrganisation) => new(reps, organisations, peoplePerOrganisation);

    /// <summary>Seeds with set-based SQL (the bench measures capture, not seeding); the same ids in every database.</summary>
    public async Task SeedAsync(string connectionString)
    {
        var repRows = Reps;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand("""
            INSERT INTO cms.firm_users (id, entra_object_id, display_name, email, time_zone_id, role, is_active)
            SELECT id, gen_random_uuid(), email, email, 'UTC', 'Rep', true FROM unnest($1::uuid[], $2::text[]) AS t(id, email)
            """, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = repRows.Select(r => r.Id).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = repRows.Select(r => r.Email).ToArray() });
            await command.ExecuteNonQueryAsync();
        }

        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("""
                    INSERT INTO cms.parties (id, kind, display_name, status, is_restricted, created_at, legal_name)
                    SELECT id, 'Organisation', name, 'Client', false, now(), name FROM unnest($1::uuid[], $2::text[]) AS t(id, name)
                    """) { Parameters = { new() { Value = _orgIds.ToArray() }, new() { Value = _orgNames.ToArray() } } },
                new NpgsqlBatchCommand("""
                    INSERT INTO cms.organisation_domains (id, organisation_id, domain)
                    SELECT gen_random_uuid(), id, domain FROM unnest($1::uuid[], $2::text[]) AS t(id, domain)
                    """) { Parameters = { new() { Value = _orgIds.ToArray() }, new() { Value = _domains.ToArray() } } },
                new NpgsqlBatchCommand("""
                    INSERT INTO cms.parties (id, kind, display_name, status, is_restricted, created_at, given_name, family_name, organisation_id)
                    SELECT id, 'Person', g || ' ' || f, 'Client', false, now(), g, f, org FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[]) AS t(id, g, f, org)
                    """) { Parameters = { new() { Value = _personIds.ToArray() }, new() { Value = _given.ToArray() }, new() { Value = _family.ToArray() }, new() { Value = _personOrgs.ToArray() } } },
                new NpgsqlBatchCommand("""
                    INSERT INTO cms.email_addresses (id, party_id, address, kind, is_primary)
                    SELECT gen_random_uuid(), id, address, 'Work', true FROM unnest($1::uuid[], $2::text[]) AS t(id, address)
                    """) { Parameters = { new() { Value = _personIds.ToArray() }, new() { Value = _clients.ToArray() } } },
                new NpgsqlBatchCommand("ANALYZE"),
            },
        };
        await batch.ExecuteNonQueryAsync();
    }
}
