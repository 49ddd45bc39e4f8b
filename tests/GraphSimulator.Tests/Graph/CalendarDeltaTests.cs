using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookCms.GraphSimulator.Tests.Support;
using DeltaRequestBuilder = Microsoft.Graph.Users.Item.CalendarView.Delta.DeltaRequestBuilder;

namespace OutlookCms.GraphSimulator.Tests.Graph;

/// <summary>Calendar view delta through the real SDK: the window, series, exceptions, removals, time zones.</summary>
public sealed class CalendarDeltaTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    private const string Start = "2026-11-01T00:00:00Z";
    private const string End = "2026-12-01T00:00:00Z";

    [Fact]
    public async Task Window_HoldsSinglesOccurrencesAndExceptions_NotSeriesMastersOrOutsiders()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new
        {
            address = rep,
            events = new[]
            {
                Mail.Event("Review", "2026-11-10T09:00:00", "2026-11-10T10:00:00", "W. Europe Standard Time"),
                Mail.Event("Weekly", "2026-11-02T08:00:00", "2026-11-02T08:30:00", type: "seriesMaster", extra: new { id = "master-1" }),
                Mail.Event("Weekly", "2026-11-02T08:00:00", "2026-11-02T08:30:00", type: "occurrence", extra: new { seriesMasterId = "master-1" }),
                Mail.Event("Weekly", "2026-11-09T10:00:00", "2026-11-09T10:30:00", type: "exception", extra: new { seriesMasterId = "master-1" }),
                Mail.Event("Weekly", "2026-11-16T08:00:00", "2026-11-16T08:30:00", type: "exception", extra: new { seriesMasterId = "master-1", isCancelled = true }),
                Mail.Event("Last year", "2025-11-10T09:00:00", "2025-11-10T10:00:00"),
            },
        });
        var graph = simulator.CreateGraphClient();

        var events = await InitialSync(graph, rep);

        Assert.Equal(4, events.Count);
        var review = events.Single(e => e.Subject == "Review");
        Assert.Equal("2026-11-10T08:00:00.0000000", review.Start!.DateTime);
        Assert.Equal("UTC", review.Start.TimeZone);
        Assert.Equal("W. Europe Standard Time", review.OriginalStartTimeZone);
        Assert.Equal(EventType.SingleInstance, review.Type);
        var weekly = events.Where(e => e.Subject == "Weekly").ToList();
        Assert.All(weekly, e => Assert.Equal("master-1", e.SeriesMasterId));
        Assert.Equal(3, weekly.Select(e => e.ICalUId).Distinct().Count());
        Assert.True(weekly.Single(e => e.IsCancelled == true).Type == EventType.Exception);
        Assert.Contains(weekly, e => e.Type == EventType.Occurrence);
    }

    [Fact]
    public async Task NextRound_ReportsNewEvents_AndRemovesDeletedOrMovedOutOfTheWindow()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new
        {
            address = rep,
            events = new[]
            {
                Mail.Event("Stays", "2026-11-03T09:00:00", "2026-11-03T10:00:00", extra: new { id = "stays" }),
                Mail.Event("Deleted", "2026-11-04T09:00:00", "2026-11-04T10:00:00", extra: new { id = "deleted" }),
                Mail.Event("Moves away", "2026-11-05T09:00:00", "2026-11-05T10:00:00", extra: new { id = "moves" }),
            },
        });
        var graph = simulator.CreateGraphClient();
        var first = await graph.Users[rep].CalendarView.Delta.GetAsDeltaGetResponseAsync(c =>
        {
            c.QueryParameters.StartDateTime = Start;
            c.QueryParameters.EndDateTime = End;
        });
        Assert.Equal(3, first!.Value!.Count);

        await simulator.Admin(HttpMethod.Delete, $"_simulator/mailboxes/{rep}/events/deleted");
        await simulator.Admin(HttpMethod.Patch, $"_simulator/mailboxes/{rep}/events/moves", new
        {
            start = new { dateTime = "2027-01-05T09:00:00", timeZone = "UTC" },
            end = new { dateTime = "2027-01-05T10:00:00", timeZone = "UTC" },
        });
        await simulator.Admin(HttpMethod.Post, $"_simulator/mailboxes/{rep}/events", Mail.Event("New", "2026-11-20T09:00:00", "2026-11-20T10:00:00", extra: new { id = "new" }));

        var next = await new DeltaRequestBuilder(first.OdataDeltaLink!, graph.RequestAdapter).GetAsDeltaGetResponseAsync();

        Assert.Equal(["deleted", "moves"], next!.Value!.Where(e => e.AdditionalData.ContainsKey("@removed")).Select(e => e.Id).Order());
        Assert.Equal("New", Assert.Single(next.Value!, e => !e.AdditionalData.ContainsKey("@removed")).Subject);
    }

    [Fact]
    public async Task PreferTimeZone_WritesStartAndEndInThatZone()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep, events = new[] { Mail.Event("Call", "2026-11-10T14:00:00", "2026-11-10T15:00:00") } });
        var graph = simulator.CreateGraphClient();

        var page = await graph.Users[rep].CalendarView.Delta.GetAsDeltaGetResponseAsync(c =>
        {
            c.QueryParameters.StartDateTime = Start;
            c.QueryParameters.EndDateTime = End;
            c.Headers.Add("Prefer", "outlook.timezone=\"Pacific Standard Time\"");
        });

        var call = Assert.Single(page!.Value!);
        Assert.Equal("2026-11-10T06:00:00.0000000", call.Start!.DateTime);
        Assert.Equal("Pacific Standard Time", call.Start.TimeZone);
    }

    [Fact]
    public async Task Select_IsRefused_AsGraphDoesForCalendarViewDelta()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });
        var graph = simulator.CreateGraphClient();

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[rep].CalendarView.Delta.GetAsDeltaGetResponseAsync(c =>
        {
            c.QueryParameters.StartDateTime = Start;
            c.QueryParameters.EndDateTime = End;
            c.QueryParameters.Select = ["subject"];
        }));

        Assert.Equal(400, error.ResponseStatusCode);
    }

    [Fact]
    public async Task ExpiredToken_Answers410()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep, events = new[] { Mail.Event("A", "2026-11-10T14:00:00", "2026-11-10T15:00:00") } });
        var graph = simulator.CreateGraphClient();
        var first = await graph.Users[rep].CalendarView.Delta.GetAsDeltaGetResponseAsync(c =>
        {
            c.QueryParameters.StartDateTime = Start;
            c.QueryParameters.EndDateTime = End;
        });

        await simulator.Admin(HttpMethod.Post, "_simulator/expire-delta-tokens");
        var error = await Assert.ThrowsAsync<ODataError>(() => new DeltaRequestBuilder(first!.OdataDeltaLink!, graph.RequestAdapter).GetAsDeltaGetResponseAsync());

        Assert.Equal(410, error.ResponseStatusCode);
        Assert.Equal("syncStateNotFound", error.Error!.Code);
    }

    private static async Task<List<Event>> InitialSync(GraphServiceClient graph, string rep)
    {
        var events = new List<Event>();
        var first = await graph.Users[rep].CalendarView.Delta.GetAsDeltaGetResponseAsync(c =>
        {
            c.QueryParameters.StartDateTime = Start;
            c.QueryParameters.EndDateTime = End;
            c.Headers.Add("Prefer", "odata.maxpagesize=2");
        });
        var iterator = PageIterator<Event, Microsoft.Graph.Users.Item.CalendarView.Delta.DeltaGetResponse>.CreatePageIterator(graph, first!, e =>
        {
            events.Add(e);
            return true;
        }, request =>
        {
            request.Headers.Add("Prefer", "odata.maxpagesize=2");
            return request;
        });
        await iterator.IterateAsync();
        Assert.NotNull(iterator.Deltalink);
        return events;
    }
}
