using System.Text.Json.Nodes;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Graph;

/// <summary>A simulator without Graph's per-mailbox concurrency limit, to hammer one mailbox from many threads.</summary>
public sealed class UnthrottledSimulator : SimulatorFixture
{
    protected override IEnumerable<string> Settings => ["--Simulator:MailboxConcurrencyLimit=0"];
}

public sealed class ConcurrencyTests(UnthrottledSimulator simulator) : IClassFixture<UnthrottledSimulator>
{
    [Fact]
    public async Task WritersAndDeltaReaders_AtOnce_LoseAndDuplicateNothing()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });
        using var http = await simulator.CreateGraphHttpClient();
        var expected = Enumerable.Range(0, 200).Select(i => $"Message {i}").ToList();

        var writers = expected.Chunk(25).Select(chunk => Task.Run(async () =>
        {
            foreach (var subject in chunk)
            {
                await simulator.AddMessage(rep, Mail.Received(subject, "client@client.example", rep));
            }
        }));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() => Sync(http, rep, null))).ToList();
        await Task.WhenAll([.. writers, .. readers]);

        // Each reader synced while mail arrived; its round plus the next one hold every message exactly once.
        foreach (var reader in readers)
        {
            var (seen, deltaLink) = await reader;
            var (rest, _) = await Sync(http, rep, deltaLink);
            Assert.Equal(expected.Order(), seen.Concat(rest).Order());
        }
    }

    private static async Task<(List<string> Subjects, string DeltaLink)> Sync(HttpClient http, string rep, string? from)
    {
        var subjects = new List<string>();
        var url = from ?? $"v1.0/users/{rep}/mailFolders/inbox/messages/delta?$select=subject";
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Prefer", "odata.maxpagesize=7");
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            subjects.AddRange(page["value"]!.AsArray().Select(m => m!["subject"]!.GetValue<string>()));
            if (page["@odata.deltaLink"] is { } done)
            {
                return (subjects, done.GetValue<string>());
            }

            url = page["@odata.nextLink"]!.GetValue<string>();
        }
    }
}
