using System.Text.Json.Nodes;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Graph;

/// <summary>
/// The Graph documentation's own delta responses (Samples/, verbatim) loaded as a scenario and read back: the
/// simulator's pages must have the same members and the same values, and removals the same shape.
/// </summary>
public sealed class GraphSampleShapeTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task MessageDeltaPages_MatchTheDocsSamples()
    {
        var firstSample = Sample("message-delta-page.json");
        var lastSample = Sample("message-delta-final-page-deltalink.json");
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep, messages = Items(firstSample).Concat(Items(lastSample)).ToArray() });
        using var http = await simulator.CreateGraphHttpClient();

        var first = await Get(http, $"v1.0/users/{rep}/mailFolders/inbox/messages/delta?$select=subject,sender,isRead", pageSize: 2);
        var last = await Get(http, first["@odata.nextLink"]!.GetValue<string>(), pageSize: 2);

        AssertSameShape(firstSample, first, valuesOf: ["id", "subject", "isRead", "sender", "@odata.type"]);
        AssertSameShape(lastSample, last, valuesOf: ["id", "subject", "isRead", "sender", "@odata.type"]);
    }

    [Fact]
    public async Task MessageNextRound_MatchesTheDocsSample_ForAnUpdateAndARemoval()
    {
        var sample = Sample("message-delta-next-round-removed.json");
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep, messages = Items(Sample("message-delta-page.json")).ToArray() });
        using var http = await simulator.CreateGraphHttpClient();
        var round = await Get(http, $"v1.0/users/{rep}/mailFolders/inbox/messages/delta?$select=subject,sender,isRead", pageSize: 10);

        await simulator.Admin(HttpMethod.Delete, $"_simulator/mailboxes/{rep}/messages/{Uri.EscapeDataString("AQMkADNkNAAAVRMKAAAAA==")}");
        await simulator.Admin(HttpMethod.Patch, $"_simulator/mailboxes/{rep}/messages/{Uri.EscapeDataString("AAMkADNkNAAASq35xAAA=")}", new { isRead = true });
        var next = await Get(http, round["@odata.deltaLink"]!.GetValue<string>(), pageSize: 10);

        Assert.Equal(Keys(sample), Keys(next));
        var removed = next["value"]!.AsArray().Single(i => i!["@removed"] is not null)!.AsObject();
        var updated = next["value"]!.AsArray().Single(i => i!["@removed"] is null)!.AsObject();
        var sampleRemoved = sample["value"]!.AsArray().Single(i => i!["@removed"] is not null)!.AsObject();
        var sampleUpdated = sample["value"]!.AsArray().Single(i => i!["@removed"] is null)!.AsObject();
        Assert.Equal(Keys(sampleRemoved), Keys(removed));
        Assert.True(JsonNode.DeepEquals(sampleRemoved["@removed"], removed["@removed"]));
        Assert.Equal("AQMkADNkNAAAVRMKAAAAA==", removed["id"]!.GetValue<string>());
        Assert.Equal(Keys(sampleUpdated), Keys(updated));
        Assert.Equal("AAMkADNkNAAASq35xAAA=", updated["id"]!.GetValue<string>());
        Assert.True(updated["isRead"]!.GetValue<bool>());
    }

    [Fact]
    public async Task CalendarViewDelta_MatchesTheDocsSamples()
    {
        var sample = Sample("event-delta-page.json");
        var removedSample = Sample("event-delta-next-round-removed.json");
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep, events = Items(sample).ToArray() });
        using var http = await simulator.CreateGraphHttpClient();

        var first = await Get(http, $"v1.0/users/{rep}/calendarView/delta?startDateTime=2016-12-01T00:00:00Z&endDateTime=2017-01-01T00:00:00Z", pageSize: 1);
        var second = await Get(http, first["@odata.nextLink"]!.GetValue<string>(), pageSize: 1);

        Assert.Equal(Keys(sample), Keys(first));
        var ours = first["value"]!.AsArray().Concat(second["value"]!.AsArray()).Select(i => i!.AsObject()).ToList();
        foreach (var expected in sample["value"]!.AsArray().Select(i => i!.AsObject()))
        {
            var actual = ours.Single(o => o["id"]!.GetValue<string>() == expected["id"]!.GetValue<string>());
            Assert.Subset(Keys(actual), Keys(expected).Where(k => k != "@odata.etag").ToHashSet());
            foreach (var name in new[] { "@odata.type", "subject", "body", "start", "end", "attendees", "organizer" })
            {
                Assert.True(JsonNode.DeepEquals(expected[name], actual[name]), $"{name}: {expected[name]} vs {actual[name]}");
            }
        }

        await simulator.Admin(HttpMethod.Delete, $"_simulator/mailboxes/{rep}/events/{Uri.EscapeDataString("AAMkADNVxRAAA=")}");
        var nextRound = await Get(http, second["@odata.deltaLink"]!.GetValue<string>(), pageSize: 10);
        var removed = Assert.Single(nextRound["value"]!.AsArray())!.AsObject();
        var sampleRemoved = removedSample["value"]!.AsArray().Single(i => i!["@removed"] is not null)!.AsObject();
        Assert.Equal(Keys(removedSample), Keys(nextRound));
        Assert.Equal(Keys(sampleRemoved), Keys(removed));
        Assert.True(JsonNode.DeepEquals(sampleRemoved["@removed"], removed["@removed"]));
    }

    private static JsonObject Sample(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name)))!.AsObject();

    private static IEnumerable<JsonObject> Items(JsonObject page) =>
        page["value"]!.AsArray().Select(i => i!.AsObject()).Where(i => i["@removed"] is null).Select(i => (JsonObject)i.DeepClone());

    private static HashSet<string> Keys(JsonObject json) => [.. json.Select(p => p.Key)];

    private static async Task<JsonObject> Get(HttpClient http, string url, int pageSize)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Prefer", $"odata.maxpagesize={pageSize}");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static void AssertSameShape(JsonObject sample, JsonObject actual, string[] valuesOf)
    {
        Assert.Equal(Keys(sample), Keys(actual));
        var expectedItems = sample["value"]!.AsArray().Select(i => i!.AsObject()).ToList();
        var actualItems = actual["value"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Equal(expectedItems.Count, actualItems.Count);
        foreach (var (expected, item) in expectedItems.Zip(actualItems))
        {
            Assert.Equal(Keys(expected), Keys(item));
            foreach (var name in valuesOf)
            {
                Assert.True(JsonNode.DeepEquals(expected[name], item[name]), $"{name}: {expected[name]} vs {item[name]}");
            }
        }
    }
}
