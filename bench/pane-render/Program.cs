using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OutlookCms.Bench.PaneRender;
using OutlookCms.TestSupport;

// bench/pane-render: the pane's first render after an item change, in Debian's Chromium, inside the Outlook preview
// (the real pane, the real API on PostgreSQL, real tokens); then the JavaScript the pane downloads, gzipped.
//   dotnet run -c Release --project bench/pane-render -- [--clients 40] [--history 30] [--switches 200]
// Needs the front end built (scripts/web.sh: web_build) and PostgreSQL running (scripts/postgres.sh start).
var clients = Arg("--clients", 40);
var history = Arg("--history", 30);
var switches = Arg("--switches", 200);
const string chromium = "/usr/bin/chromium";

await using var host = new BenchHost();
await host.Fixture.InitializeAsync();
var names = await RenderWorld.SeedAsync(host.Fixture, clients, history);
Console.WriteLine($"pane render bench: {clients} clients with {history} past calls each, {switches} item changes, {Environment.ProcessorCount} cores");

using var anonymous = host.Fixture.Anonymous();
using var signIn = await anonymous.PostAsJsonAsync("/demo/signin", new { userId = host.Fixture.Users.Rep.Id });
signIn.EnsureSuccessStatusCode();
var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
});
await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
{
    BaseURL = host.Fixture.Address.ToString().TrimEnd('/'),
    ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
});
await context.AddInitScriptAsync($"sessionStorage.setItem('outlookcms.token', {JsonSerializer.Serialize(token)});");
var page = await context.NewPageAsync();

var load = Stopwatch.StartNew();
await page.GotoAsync("/preview.html");
await page.Locator("nav[aria-label='Inbox'] button").First.WaitForAsync();
Console.WriteLine($"preview loaded (inbox listed): {load.ElapsedMilliseconds} ms");

// From the click that selects a message (the stand-in fires ItemChanged at once) to the frame after the pane shows
// that client's card: the pane's API request, its render and a paint.
const string switchScript = """
    async (name) => {
      const button = [...document.querySelectorAll("nav[aria-label='Inbox'] button")].find(b => b.textContent.includes(name));
      const doc = document.querySelector("iframe[title='OutlookCms task pane']").contentDocument;
      const shown = () => [...doc.querySelectorAll('h2')].some(h => h.textContent === name);
      const start = performance.now();
      const rendered = new Promise(resolve => {
        const observer = new MutationObserver(() => { if (shown()) { observer.disconnect(); resolve(); } });
        observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
      });
      button.click();
      await rendered;
      await new Promise(resolve => requestAnimationFrame(() => resolve()));
      return performance.now() - start;
    }
    """;

var first = await page.EvaluateAsync<double>(switchScript, names[0]);
Console.WriteLine($"first item change (cold pane): {first:0} ms");
var samples = new List<double>(switches);
for (var i = 1; i <= switches; i++)
{
    samples.Add(await page.EvaluateAsync<double>(switchScript, names[i % names.Count]));
}

samples.Sort();
double Percentile(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"item change → pane rendered: p50 {Percentile(0.50):0} ms, p95 {Percentile(0.95):0} ms, max {samples[^1]:0} ms (goal p95 < 500 ms)"));

Console.WriteLine("JavaScript each page downloads (scripts/size.mjs):");
using var size = Process.Start(new ProcessStartInfo("node", "scripts/size.mjs")
{
    WorkingDirectory = RepositoryRoot.Combine("src", "AddinHost", "ClientApp"),
})!;
await size.WaitForExitAsync();
return size.ExitCode;

int Arg(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

/// <summary>Owns the in-process host for the bench's lifetime.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    public HostFixture Fixture { get; } = new() { ServesWebApp = true };

    public async ValueTask DisposeAsync() => await Fixture.DisposeAsync();
}
