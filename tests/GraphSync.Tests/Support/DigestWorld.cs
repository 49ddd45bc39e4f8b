using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.FollowUps.Digests;
using OutlookCms.GraphSync.Jobs;
using OutlookCms.TestSupport;

namespace OutlookCms.GraphSync.Tests.Support;

/// <summary>
/// One digest test's world: a fresh migrated database, people with their own simulator mailboxes (unique addresses, so
/// worlds share one simulator), a service mailbox, a fake clock, and the worker's services wired as the worker wires
/// them, talking to the simulator through the real Graph SDK.
/// </summary>
public sealed class DigestWorld : IAsyncDisposable
{
    public const string WebApp = "https://cms.firm.example/";

    private readonly ServiceProvider _services;

    private DigestWorld(PostgresDatabase database, Simulator simulator, FakeTimeProvider clock, string serviceMailbox, ServiceProvider services)
    {
        Database = database;
        Simulator = simulator;
        Clock = clock;
        ServiceMailbox = serviceMailbox;
        _services = services;
    }

    public PostgresDatabase Database { get; }

    public Simulator Simulator { get; }

    public FakeTimeProvider Clock { get; }

    public string ServiceMailbox { get; }

    public GraphServiceClient Graph => _services.GetRequiredService<GraphServiceClient>();

    public static async Task<DigestWorld> StartAsync(Simulator simulator, DateTimeOffset now)
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        await simulator.ClearFaultsAsync();
        var service = Address("digests");
        await simulator.AdminAsync(HttpMethod.Post, "_simulator/mailboxes", new { address = service });
        var clock = new FakeTimeProvider(now);
        var configuration = new Dictionary<string, string?>(Settings(simulator, database.ConnectionString, service));
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build())
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddCapturePipeline(database.ConnectionString)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new DigestWorld(database, simulator, clock, service, services);
    }

    /// <summary>The worker's settings for these tests (also given to real worker processes, as environment variables).</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings(Simulator simulator, string connectionString, string serviceMailbox) =>
    [
        new("ConnectionStrings:OutlookCms", connectionString),
        new("Graph:TenantId", OutlookCms.GraphSimulator.SimulatorOptions.DefaultTenantId),
        new("Graph:ClientId", OutlookCms.GraphSimulator.SimulatorOptions.DefaultWorkerClientId),
        new("Graph:ClientCertificatePath", WorkerCertificate.PfxPath),
        new("Graph:AuthorityHost", simulator.BaseAddress.ToString()),
        new("Graph:BaseUrl", new Uri(simulator.BaseAddress, "v1.0").ToString()),
        new("Capture:FirmDomains:0", "firm.example"),
        new("Digests:Enabled", "true"),
        new("Digests:SenderMailbox", serviceMailbox),
        new("Digests:WebAppUrl", WebApp),
        new("Digests:MorningTime", "07:00"),
    ];

    public static string Address(string who) => $"{who}.{Guid.NewGuid():N}@firm.example";

    /// <summary>A person with a mailbox in the simulator.</summary>
    public async Task<FirmUser> PersonAsync(string name, string timeZoneId, FirmRole role = FirmRole.Rep, FirmUser? manager = null)
    {
        var user = new FirmUser(Guid.NewGuid(), name, Address(name.ToLowerInvariant().Replace(' ', '.')), timeZoneId, role,
            role == FirmRole.Rep ? RepSpecialty.WealthAdviser : null);
        user.ReportTo(manager?.Id);
        await Simulator.AdminAsync(HttpMethod.Post, "_simulator/mailboxes", new { address = user.Email });
        await using var db = Database.NewDb();
        db.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    /// <summary>A follow-up set by hand for <paramref name="owner"/> on a new client.</summary>
    public async Task<FollowUp> FollowUpAsync(FirmUser owner, string title, DateTimeOffset dueAt, string client = "Pat Client")
    {
        var names = client.Split(' ', 2);
        var party = new OutlookCms.Domain.Clients.Person(names[0], names.Length > 1 ? names[1] : "Client", PartyStatus.Client, dueAt.AddDays(-30));
        var followUp = FollowUp.SetByHand(party.Id, owner.Id, title, dueAt, dueAt.AddDays(-10));
        await using var db = Database.NewDb();
        db.AddRange(party, followUp);
        await db.SaveChangesAsync();
        return followUp;
    }

    /// <summary>One run of the <c>digests</c> job, as Hangfire would start it; a run with failures throws, as it would there.</summary>
    public async Task<DigestRun> RunAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestsJob>().RunAsync(CancellationToken.None);
    }

    public async Task<List<Digest>> DigestsAsync()
    {
        await using var db = Database.NewDb();
        return await db.Digests.AsNoTracking().OrderBy(d => d.ClaimedAt).ToListAsync();
    }

    /// <summary>Every message in a folder of a mailbox, read as the product reads mail (Graph delta, all pages).</summary>
    public Task<List<Message>> FolderAsync(string mailbox, string folder) => ReadFolderAsync(Graph, mailbox, folder);

    public static async Task<List<Message>> ReadFolderAsync(GraphServiceClient graph, string mailbox, string folder)
    {
        var messages = new List<Message>();
        var page = await graph.Users[mailbox].MailFolders[folder].Messages.Delta.GetAsDeltaGetResponseAsync(c =>
            c.Headers.Add("Prefer", "odata.maxpagesize=200"));
        while (true)
        {
            messages.AddRange(page!.Value ?? []);
            if (page.OdataNextLink is not { } next)
            {
                return messages;
            }

            page = await new Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta.DeltaRequestBuilder(next, graph.RequestAdapter)
                .GetAsDeltaGetResponseAsync(c => c.Headers.Add("Prefer", "odata.maxpagesize=200"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
