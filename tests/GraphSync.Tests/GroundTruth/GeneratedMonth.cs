using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OutlookCms.Domain.Seeding;
using OutlookCms.Domain.Seeding.Mailboxes;
using OutlookCms.GraphSync.Pipeline;
using OutlookCms.GraphSync.Tests.Support;
using OutlookCms.TestSupport;

// Not ".GroundTruth": that would hide Support/GroundTruth.cs (the small-firm truth) from the other tests.
namespace OutlookCms.GraphSync.Tests.GeneratedTruth;

/// <summary>
/// The seeded firm (seed 42, scale 1) in a database of its own, its generated mail loaded into the simulator, and the
/// capture pipeline wired as the worker wires it. Rows the seed wrote before capture are remembered, so only what
/// capture added is compared with the scenario's expected.json.
/// </summary>
public sealed class GeneratedMonth : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 7, 1, 6, 30, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private GeneratedMonth(PostgresDatabase database, string folder, MailboxScenario scenario, ScenarioGroundTruth truth, ServiceProvider services)
    {
        Database = database;
        Folder = folder;
        Scenario = scenario;
        Truth = truth;
        _services = services;
    }

    public PostgresDatabase Database { get; }

    public string Folder { get; }

    public MailboxScenario Scenario { get; }

    /// <summary>The ground truth as read back from the written expected.json.</summary>
    public ScenarioGroundTruth Truth { get; }

    public static async Task<GeneratedMonth> StartAsync(Simulator simulator, int reps, int days)
    {
        var spec = new SeedSpec(SeedArguments.DefaultSeed, 1, Now);
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        await FirmSeeder.SeedAsync(database.ConnectionString, spec, SeedMode.RefuseIfNotEmpty, new FakeTimeProvider(Now), null, CancellationToken.None);

        var scenario = ScenarioGenerator.Generate(FirmGenerator.Generate(spec), new ScenarioOptions { Days = days, Reps = reps });
        var folder = Path.Combine(Path.GetTempPath(), "outlookcms-scenario-" + Guid.NewGuid().ToString("N"));
        ScenarioWriter.Write(scenario, folder);
        await simulator.ClearFaultsAsync();
        await simulator.AdminAsync(HttpMethod.Post, "_simulator/scenarios", new { path = folder, reset = true });

        var configuration = new Dictionary<string, string?>
        {
            ["Graph:TenantId"] = OutlookCms.GraphSimulator.SimulatorOptions.DefaultTenantId,
            ["Graph:ClientId"] = OutlookCms.GraphSimulator.SimulatorOptions.DefaultWorkerClientId,
            ["Graph:ClientCertificatePath"] = OutlookCms.GraphSync.Tests.Support.WorkerCertificate.PfxPath,
            ["Graph:AuthorityHost"] = simulator.BaseAddress.ToString(),
            ["Graph:BaseUrl"] = new Uri(simulator.BaseAddress, "v1.0").ToString(),
            ["Graph:PageRetryDelay"] = "00:00:00.200",
            // A 504 carries no Retry-After: back off 1, 2, 4 s instead of the SDK's 3, 6, 12 s. Retry-After is still honoured as sent.
            ["Graph:SdkRetryDelaySeconds"] = "1",
            ["Capture:FirmDomains:0"] = scenario.FirmDomain,
            // The Archive folder too: messages moved there from the Inbox must stay one interaction.
            ["Capture:Streams:0"] = "Archive",
            // Pages of 20: every mailbox's streams span several pages.
            ["Capture:PageSize"] = "20",
            // The firm's "now" is fixed; the worker's window follows the real clock, so it is opened wide.
            ["Capture:CalendarPastDays"] = "3650",
            ["Capture:CalendarFutureDays"] = "3650",
        };
        // No Capture:FreeMailDomains: the default list must already hold every provider the seed gives clients.
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build())
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddCapturePipeline(database.ConnectionString)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var month = new GeneratedMonth(database, folder, scenario, ScenarioWriter.ReadTruth(folder), services);
        await month.Database.ExecuteAsync("CREATE TABLE public.seeded_interactions AS SELECT id FROM cms.interactions");
        return month;
    }

    public async Task<MailboxSyncResult> SyncAsync(Guid firmUserId)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailboxSync>().SyncAsync(firmUserId, CancellationToken.None);
    }

    /// <summary>
    /// Runs the capture for every mailbox of the scenario, four at a time as Hangfire's workers would: mailboxes that
    /// share a CC'd email write it concurrently, and one mailbox's Retry-After wait does not hold up the others.
    /// </summary>
    public async Task SyncAllAsync(IEnumerable<ScenarioMailbox>? mailboxes = null)
    {
        await Parallel.ForEachAsync(mailboxes ?? Scenario.Mailboxes, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (mailbox, _) =>
            Assert.True((await SyncAsync(mailbox.FirmUserId)).Locked, $"the mailbox of {mailbox.Address} was busy"));
    }

    /// <summary>Every interaction capture added, in the ground truth's terms (reps and parties as id:role, sorted).</summary>
    public async Task<List<ExpectedInteraction>> CapturedAsync()
    {
        const string sql = """
            SELECT i.natural_key, i.channel, i.direction, i.subject, i.occurred_at, i.ends_at, i.is_cancelled,
                   ARRAY(SELECT r.firm_user_id::text || ':' || r.role FROM cms.interaction_reps r WHERE r.interaction_id = i.id),
                   ARRAY(SELECT p.party_id::text || ':' || p.role FROM cms.interaction_parties p WHERE p.interaction_id = i.id)
            FROM cms.interactions i
            WHERE i.id NOT IN (SELECT id FROM public.seeded_interactions)
            ORDER BY i.natural_key COLLATE "C"
            """;
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var captured = new List<ExpectedInteraction>();
        while (await reader.ReadAsync())
        {
            captured.Add(new ExpectedInteraction(
                reader.IsDBNull(0) ? "(no key)" : reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? "" : reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5), reader.GetBoolean(6),
                "", Sorted(reader.GetFieldValue<string[]>(7)), Sorted(reader.GetFieldValue<string[]>(8)), []));
        }

        return captured;
    }

    private static List<string> Sorted(string[] values) => values.Order(StringComparer.Ordinal).ToList();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
