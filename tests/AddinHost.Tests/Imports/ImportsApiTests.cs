using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OutlookCms.Domain.Clients;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Imports;

/// <summary>A controller uploads booked account activity and follows the import in the history.</summary>
public sealed class ImportsApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Header = "account,party_id,household_id,booking_date,amount,currency,type\n";

    [Fact]
    public async Task Upload_Answers202_AndTheImportSucceeds_AndShowsInTheHistory()
    {
        var party = await PartyAsync();
        using var controller = await host.As(host.Users.Controller);
        var account = "ACC-" + Guid.NewGuid().ToString("N")[..8];

        using var response = await UploadAsync(controller, Header + $"{account},{party.Id},,2025-04-01,250000,CHF,Deposit\n", "april.csv");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var queued = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/imports/{queued.GetProperty("id").GetString()}", response.Headers.Location!.ToString());
        var done = await FinishedImport.WaitAsync(controller, response.Headers.Location!.ToString());
        Assert.Equal(("Succeeded", 1, 1, "april.csv", "Carl Controller"), (done.GetProperty("status").GetString(), done.GetProperty("rowsDone").GetInt32(),
            done.GetProperty("created").GetInt32(), done.GetProperty("fileName").GetString(), done.GetProperty("by").GetString()));

        var history = await controller.GetFromJsonAsync<JsonElement>("/api/imports?kind=booked-activity");
        Assert.Contains(history.EnumerateArray(), i => i.GetProperty("id").GetString() == done.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Upload_OfABadFile_IsRejected_WithItsRowErrors()
    {
        using var controller = await host.As(host.Users.Controller);

        using var response = await UploadAsync(controller, Header + $"A,{Guid.NewGuid()},,2025-13-01,1,CHF,Deposit\n");

        var done = await FinishedImport.WaitAsync(controller, response.Headers.Location!.ToString());
        Assert.Equal("Rejected", done.GetProperty("status").GetString());
        var errors = done.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(2, "booking_date")], errors);
    }

    [Fact]
    public async Task Upload_OfNothing_OrOfAForm_IsAProblem()
    {
        using var controller = await host.As(host.Users.Controller);

        using var empty = await UploadAsync(controller, "");
        using var form = await controller.PostAsync("/api/imports/booked-activity", new MultipartFormDataContent { { new StringContent(Header), "file", "x.csv" } });

        foreach (var (response, field) in new[] { (empty, "file"), (form, "file") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        }
    }

    [Fact]
    public async Task Get_OfAnUnknownImport_Is404()
    {
        using var controller = await host.As(host.Users.Controller);
        using var response = await controller.GetAsync($"/api/imports/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv, string fileName = "bookings.csv") =>
        client.PostAsync($"/api/imports/booked-activity?fileName={fileName}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private async Task<Person> PartyAsync()
    {
        var person = new Person("Ida", "Importee", PartyStatus.Client, DateTimeOffset.UtcNow);
        await using var db = host.Database.NewDb();
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }
}
