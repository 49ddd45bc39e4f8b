using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSync.Pipeline;
using OutlookCms.TestSupport;

namespace OutlookCms.GraphSync.Tests.Support;

/// <summary>
/// One test's world: a fresh migrated database with the small firm seeded, the simulator loaded with a scenario,
/// and the capture pipeline wired exactly as the worker wires it (<see cref="Extensions.AddCapturePipeline"/>),
/// talking to the simulator through the real Graph SDK and Azure.Identity.
/// </summary>
public sealed class CaptureHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CaptureHarness(PostgresDatabase database, Simulator simulator, SmallFirm firm, ServiceProvider services)
    {
        Database = database;
        Simulator = simulator;
        Firm = firm;
        _services = services;
    }

    public PostgresDatabase Database { get; }

    public Simulator Simulator { get; }

    public SmallFirm Firm { get; }

    /// <param name="scenario">Loaded into the simulator, replacing its mailboxes and faults; null leaves the simulator as it is
    /// (harnesses running side by side on one scenario).</param>
    public static async Task<CaptureHarness> StartAsync(Simulator simulator, string? scenario = "small-firm", IDictionary<string, string?>? settings = null)
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        var firm = await SmallFirm.SeedAsync(database);
        if (scenario is not null)
        {
            await simulator.ClearFaultsAsync();
            await simulator.LoadScenarioAsync(scenario);
        }

        var configuration = new Dictionary<string, string?>
        {
            ["Graph:TenantId"] = OutlookCms.GraphSimulator.SimulatorOptions.DefaultTenantId,
            ["Graph:ClientId"] = OutlookCms.GraphSimulator.SimulatorOptions.DefaultWorkerClientId,
            ["Graph:ClientCertificatePath"] = WorkerCertificate.PfxPath,
            ["Graph:AuthorityHost"] = simulator.BaseAddress.ToString(),
            ["Graph:BaseUrl"] = new Uri(simulator.BaseAddress, "v1.0").ToString(),
            ["Graph:PageRetryDelay"] = "00:00:00.200",
            ["Capture:FirmDomains:0"] = "firm.example",
            // Small pages, so every stream of the scenario spans several pages and page boundaries are exercised.
            ["Capture:PageSize"] = "3",
            ["Capture:CalendarPastDays"] = "3650",
            ["Capture:CalendarFutureDays"] = "3650",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build())
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddCapturePipeline(database.ConnectionString)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new CaptureHarness(database, simulator, firm, services);
    }

    /// <summary>Syncs the mailbox as one Hangfire run of <c>sync-mailbox:{id}</c> would.</summary>
    public async Task<MailboxSyncResult> SyncAsync(Guid firmUserId, CancellationToken cancellationToken = default)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailboxSync>().SyncAsync(firmUserId, cancellationToken);
    }

    public async Task SyncAllAsync()
    {
        foreach (var rep in Firm.Reps)
        {
            // Nothing else syncs these mailboxes: a run that found one busy would make a test pass for the wrong reason.
            Assert.True((await SyncAsync(rep.Id)).Locked, $"the mailbox of {rep.Email} was busy");
        }
    }

    public T Service<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Every interaction with its reps and parties, in a form tests compare whole.</summary>
    public async Task<List<CapturedInteraction>> InteractionsAsync()
    {
        await using var db = Database.NewDb();
        var users = await db.FirmUsers.ToDictionaryAsync(u => u.Id, u => u.Email);
        var parties = await db.Parties.ToDictionaryAsync(p => p.Id, p => p.DisplayName);
        var interactions = await db.Interactions.Include(i => i.Reps).Include(i => i.Parties).AsNoTracking().ToListAsync();
        return interactions
            .Select(i => new CapturedInteraction(
                i.NaturalKey!, i.Channel, i.Direction, i.Subject, i.OccurredAt, i.IsCancelled,
                i.Reps.Select(r => $"{users[r.FirmUserId]}:{r.Role}").Order(StringComparer.Ordinal).ToList(),
                i.Parties.Select(p => $"{parties[p.PartyId]}:{p.Role}").Order(StringComparer.Ordinal).ToList()))
            .OrderBy(i => i.Key, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<long> CountAsync(string table) => await Database.ScalarAsync<long>($"SELECT count(*) FROM cms.{table}");

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}

public sealed record CapturedInteraction(string Key, Channel Channel, Direction Direction, string? Subject, DateTimeOffset OccurredAt, bool IsCancelled, List<string> Reps, List<string> Parties)
{
    public override string ToString() =>
        $"{Key} {Channel} {Direction} '{Subject}' {OccurredAt:O}{(IsCancelled ? " cancelled" : "")} reps[{string.Join(", ", Reps)}] parties[{string.Join(", ", Parties)}]";
}
