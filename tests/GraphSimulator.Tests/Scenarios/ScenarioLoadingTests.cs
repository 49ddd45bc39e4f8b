using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OutlookCms.GraphSimulator.Mailboxes;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Scenarios;

/// <summary>Scenarios are folders of Graph JSON, one sub-folder per mailbox; the CLI and the admin endpoint load them.</summary>
public sealed class ScenarioLoadingTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outlookcms-scenario-").FullName;

    [Fact]
    public async Task ScenarioFolder_LoadsThroughTheAdminEndpoint_IntoTheRightFolders()
    {
        var rep = SimulatorFixture.NewAddress("ada");
        Write($"{rep}/user.json", """{ "displayName": "Ada Lovelace" }""");
        Write($"{rep}/messages/001-in.json", """{ "subject": "From a client", "from": { "emailAddress": { "address": "c@client.example" } }, "parentFolderId": "inbox" }""");
        Write($"{rep}/messages/002-out.json", """{ "subject": "To a client", "from": { "emailAddress": { "address": "REP" } }, "toRecipients": [ { "emailAddress": { "address": "c@client.example" } } ] }""".Replace("REP", rep, StringComparison.Ordinal));
        Write($"{rep}/messages/archive/003.json", """[ { "subject": "Old one" }, { "subject": "Older one" } ]""");
        Write($"{rep}/events/001.json", """{ "subject": "Review", "start": { "dateTime": "2026-11-10T09:00:00", "timeZone": "UTC" }, "end": { "dateTime": "2026-11-10T10:00:00", "timeZone": "UTC" } }""");
        Write("expected.json", """{ "ignored": true }""");

        var summary = await simulator.Admin(HttpMethod.Post, "_simulator/scenarios", new { path = _folder, reset = false });

        Assert.Equal(1, summary["mailboxes"]!.GetValue<int>());
        Assert.Equal(4, summary["messages"]!.GetValue<int>());
        Assert.Equal(1, summary["events"]!.GetValue<int>());
        var graph = simulator.CreateGraphClient();
        Assert.Equal("Ada Lovelace", (await graph.Users[rep].GetAsync())!.DisplayName);
        Assert.Equal(["From a client"], await Subjects(graph, rep, "inbox"));
        Assert.Equal(["To a client"], await Subjects(graph, rep, "sentitems"));
        Assert.Equal(["Old one", "Older one"], await Subjects(graph, rep, "archive"));
    }

    [Fact]
    public async Task AGraphDocsPage_LoadsAsAScenarioFile()
    {
        var rep = SimulatorFixture.NewAddress();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Samples", "message-delta-page.json"), Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, rep, "messages")).FullName, "page.json"));

        await simulator.Admin(HttpMethod.Post, "_simulator/scenarios", new { path = _folder, reset = false });

        Assert.Equal(["Holiday hours update", "Holiday promotion sale"], (await Subjects(simulator.CreateGraphClient(), rep, "inbox")).Order());
    }

    [Fact]
    public async Task BrokenFile_IsRefused_NamingTheFile()
    {
        var rep = SimulatorFixture.NewAddress();
        Write($"{rep}/messages/bad.json", "{ not json");
        using var http = simulator.CreateClient();

        using var response = await http.PostAsJsonAsync("_simulator/scenarios", new { path = _folder, reset = false });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("bad.json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScenarioFlag_LoadsTheFolderAtStart()
    {
        var rep = SimulatorFixture.NewAddress();
        Write($"{rep}/messages/1.json", """{ "subject": "Loaded at start" }""");

        await using var app = SimulatorApp.Build(["--urls", "https://127.0.0.1:0", "--scenario", _folder]);

        var mailbox = app.Services.GetRequiredService<MailboxDirectory>().Find(rep);
        Assert.NotNull(mailbox);
        Assert.Equal((1, 0), mailbox.Counts());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string relativePath, string json)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
    }

    private static async Task<List<string>> Subjects(Microsoft.Graph.GraphServiceClient graph, string rep, string folder)
    {
        var page = await graph.Users[rep].MailFolders[folder].Messages.Delta.GetAsDeltaGetResponseAsync(c => c.QueryParameters.Select = ["subject"]);
        return [.. page!.Value!.Select(m => m.Subject!)];
    }
}
