using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph;
using Microsoft.Playwright;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps;
using OutlookCms.EndToEnd.Tests.Support;
using OutlookCms.GraphSimulator;
using OutlookCms.GraphSync;
using OutlookCms.GraphSync.Jobs;
using OutlookCms.TestSupport;

namespace OutlookCms.EndToEnd.Tests.Digests;

/// <summary>
/// A real digest — composed from the database, sent by the worker's job through the Graph SDK, delivered by the
/// simulator — read back from the rep's Inbox and rendered in Chromium at the width of Outlook's reading pane. The
/// screenshot is kept; client-supplied text with markup shows as text and runs nothing.
/// </summary>
public sealed class DigestRenderingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 18, 8, 0, 0, TimeSpan.Zero);
    private readonly PostgresDatabase _database = new();
    private WebApplication? _simulator;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            throw new InvalidOperationException($"{BrowserFixture.ChromiumPath} is missing: run scripts/test.sh (browser_ensure in scripts/browser.sh).");
        }

        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OUTLOOKCMS_SIM_CERT")))
        {
            throw new InvalidOperationException("OUTLOOKCMS_SIM_CERT is not set: run from a shell that did `source scripts/certs.sh && certs_ensure` (scripts/test.sh does).");
        }

        _simulator = SimulatorApp.Build(["--urls", "https://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"]);
        await Task.WhenAll(_database.InitializeAsync(), _simulator.StartAsync());
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
        });
    }

    [Fact]
    public async Task ASentDigest_RendersAtReadingPaneWidth_AndShowsClientTextAsText()
    {
        var simulatorUrl = SimulatorApp.BaseAddress(_simulator!);
        var service = $"digests.{Guid.NewGuid():N}@firm.example";
        var rep = new FirmUser(Guid.NewGuid(), "Ada Lovelace", $"ada.{Guid.NewGuid():N}@firm.example", "Europe/London", FirmRole.Rep, RepSpecialty.WealthAdviser);
        const string hostileTitle = "Review <script>window.__digestScriptRan = true</script> Smith & Sons' <b>pledge</b>";
        var client = new Organisation("Smith & Sons <Holdings>", PartyStatus.Client, Morning.AddDays(-90));
        await using (var db = _database.NewDb())
        {
            db.AddRange(rep, client,
                FollowUp.SetByHand(client.Id, rep.Id, hostileTitle, Morning.AddDays(-2), Morning.AddDays(-9)),
                FollowUp.SetByHand(client.Id, rep.Id, "Send the quarterly statement", Morning.AddHours(6), Morning.AddDays(-9)));
            await db.SaveChangesAsync();
        }

        using var http = new HttpClient { BaseAddress = simulatorUrl };
        foreach (var address in new[] { service, rep.Email })
        {
            (await http.PostAsync("_simulator/mailboxes", System.Net.Http.Json.JsonContent.Create(new { address }))).EnsureSuccessStatusCode();
        }

        await using var services = Worker(simulatorUrl, service);
        await using (var scope = services.CreateAsyncScope())
        {
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<DigestsJob>().RunAsync(CancellationToken.None)).Sent);
        }

        var graph = services.GetRequiredService<GraphServiceClient>();
        var received = Assert.Single((await graph.Users[rep.Email].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync())!.Value!);
        Assert.Equal(Microsoft.Graph.Models.BodyType.Html, received.Body!.ContentType);

        // Outlook's reading pane beside the message list is about 700 px wide on a laptop screen.
        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 700, Height = 900 }, JavaScriptEnabled = true });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(received.Body.Content!);
        var path = await Screenshots.SaveAsync(page, "digest-email");

        Assert.True(File.Exists(path));
        await Assertions.Expect(page.GetByText(hostileTitle, new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Smith & Sons <Holdings>" }).First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.Equal(0, await page.Locator("b").CountAsync());
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.__digestScriptRan ?? null"));
        Assert.StartsWith("https://cms.firm.example/app/follow-ups", await page.GetByRole(AriaRole.Link, new() { Name = "Open my follow-ups" }).GetAttributeAsync("href"), StringComparison.Ordinal);
        // Nothing wider than the pane: no sideways scrolling in Outlook.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the email is wider than the reading pane");
    }

    private ServiceProvider Worker(Uri simulatorUrl, string service)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Graph:TenantId"] = SimulatorOptions.DefaultTenantId,
            ["Graph:ClientId"] = SimulatorOptions.DefaultWorkerClientId,
            ["Graph:ClientSecret"] = SimulatorOptions.DefaultWorkerSecret,
            ["Graph:AuthorityHost"] = simulatorUrl.ToString(),
            ["Graph:BaseUrl"] = new Uri(simulatorUrl, "v1.0").ToString(),
            ["Capture:FirmDomains:0"] = "firm.example",
            ["Digests:Enabled"] = "true",
            ["Digests:SenderMailbox"] = service,
            ["Digests:WebAppUrl"] = "https://cms.firm.example/",
        };
        return new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Morning))
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddCapturePipeline(_database.ConnectionString)
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_simulator is not null)
        {
            await _simulator.StopAsync();
            await _simulator.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}
