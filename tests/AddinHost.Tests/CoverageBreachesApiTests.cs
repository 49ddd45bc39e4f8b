using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Tests.Pane;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Clients;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests;

/// <summary>A manager reviews the coverage breaches of the reps who report to them, once, with a note, audited.</summary>
public sealed class CoverageBreachesApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly ClientBook book = new(host);

    private async Task<CoverageBreach> BreachAsync(string subject)
    {
        var restricted = await book.PersonAsync("Rhea", "Restricted", $"{ClientBook.Unique("r")}@breach.example", p => p.Restrict());
        await book.CoverAsync(restricted.Id, host.Users.Rep.Id);
        var call = await book.CallAsync(host.Users.OtherRep.Id, 2, subject, restricted.Id);
        var breach = new CoverageBreach(call.Id, restricted.Id, host.Users.OtherRep.Id, call.OccurredAt, DateTimeOffset.UtcNow);
        await using var db = host.Database.NewDb();
        db.CoverageBreaches.Add(breach);
        await db.SaveChangesAsync();
        return breach;
    }

    [Fact]
    public async Task TheManager_ListsTheBreach_ReviewsItOnce_AndTheReviewIsAudited()
    {
        var breach = await BreachAsync("Called the wrong adviser's client");
        using var manager = await host.As(host.Users.Manager);

        var listed = (await manager.GetFromJsonAsync<JsonElement>("/api/team/breaches")).EnumerateArray()
            .Single(b => b.GetProperty("id").GetGuid() == breach.Id);
        Assert.Equal(("Otto Rep", "Called the wrong adviser's client", "PhoneCall"),
            (listed.GetProperty("rep").GetString(), listed.GetProperty("subject").GetString(), listed.GetProperty("channel").GetString()));
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("reviewedAt").ValueKind);

        using var reviewed = await manager.PostAsJsonAsync($"/api/team/breaches/{breach.Id}/review", new { note = "Client rang Otto directly; redirected to Rita." });
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        var body = await reviewed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Maria Manager", "Client rang Otto directly; redirected to Rita."),
            (body.GetProperty("reviewedBy").GetString(), body.GetProperty("reviewNote").GetString()));

        using var again = await manager.PostAsJsonAsync($"/api/team/breaches/{breach.Id}/review", new { note = "Twice" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        await using var db = host.Database.NewDb();
        var stored = await db.CoverageBreaches.AsNoTracking().SingleAsync(b => b.Id == breach.Id);
        Assert.Equal("Client rang Otto directly; redirected to Rita.", stored.ReviewNote);
        var audit = await db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityId == breach.Id.ToString() && a.Action == AuditActions.Updated);
        Assert.Equal(host.Users.Manager.Id, audit.ActorUserId);
    }

    [Fact]
    public async Task AReviewWithoutANote_IsRefusedByField_AndChangesNothing()
    {
        var breach = await BreachAsync("No note");
        using var manager = await host.As(host.Users.Manager);

        using var response = await manager.PostAsJsonAsync($"/api/team/breaches/{breach.Id}/review", new { note = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("note", out _));
        await using var db = host.Database.NewDb();
        Assert.Null((await db.CoverageBreaches.AsNoTracking().SingleAsync(b => b.Id == breach.Id)).ReviewedAt);
    }

    [Fact]
    public async Task SomeoneWhoIsNotTheRepsManager_FindsNoSuchBreach_AndARepIsRefused()
    {
        var breach = await BreachAsync("Not yours");
        using var admin = await host.As(host.Users.Admin);
        using var notFound = await admin.PostAsJsonAsync($"/api/team/breaches/{breach.Id}/review", new { note = "Looks fine" });
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>("/api/team/breaches")).EnumerateArray(),
            b => b.GetProperty("id").GetGuid() == breach.Id);

        using var rep = await host.As(host.Users.Rep);
        using var refused = await rep.PostAsJsonAsync($"/api/team/breaches/{breach.Id}/review", new { note = "Mine now" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
