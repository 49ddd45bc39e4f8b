using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Outcomes;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Marketing;

/// <summary>Initiative returns over HTTP and the questions respecting who may see which client.</summary>
public sealed class InitiativesApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task AManager_SeesEachInitiativesConfirmedAssetsRevenueAndTheOutcomesBehindThem_ARepIsRefused()
    {
        var now = DateTimeOffset.UtcNow;
        var client = new Person("Ivo", "Initiative", PartyStatus.Client, now.AddYears(-1));
        var rally = new Initiative(InitiativeKind.Sponsorship, "Rally " + Guid.NewGuid().ToString("N")[..6], Money.Of(2_000m, "CHF"),
            DateOnly.FromDateTime(now.AddDays(-20).UtcDateTime), null);
        var deposit = Outcome.Report(OutcomeKind.AssetsDeposited, Money.Positive(300_000m, "CHF"), null, client.Id, null, host.Users.Rep.Id, now.AddDays(-2));
        await using (var db = host.Database.NewDb())
        {
            db.AddRange(client, rally, deposit, new OutcomeInitiative(deposit.Id, rally.Id, host.Users.Rep.Id, now.AddDays(-2)));
            await db.SaveChangesAsync();
            deposit.Confirm(host.Users.Controller, await db.ReportingLineOfAsync(host.Users.Rep.Id, default), "booked", now.AddDays(-1));
            await db.SaveChangesAsync();
        }

        using var manager = await host.As(host.Users.Manager);
        var returns = await manager.GetFromJsonAsync<JsonElement>("/api/initiatives/returns");

        Assert.Contains("days before the outcome was reported", returns.GetProperty("rule").GetString());
        var row = returns.GetProperty("initiatives").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == rally.Id);
        var assets = Assert.Single(row.GetProperty("assets").EnumerateArray());
        // Default rate 1 %: 3,000 revenue on 2,000 cost.
        Assert.Equal((300_000m, 3_000m, 1.5m), (assets.GetProperty("assets").GetDecimal(), assets.GetProperty("revenue").GetDecimal(), row.GetProperty("returnRatio").GetDecimal()));
        Assert.Equal([deposit.Id], row.GetProperty("outcomeIds").EnumerateArray().Select(e => e.GetGuid()));

        using var rep = await host.As(host.Users.Rep);
        using var refused = await rep.GetAsync("/api/initiatives/returns");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task BrochureHolders_OnlyNamesClientsTheAskerMaySee()
    {
        var now = DateTimeOffset.UtcNow;
        var client = new Person("Bea", "Brochure", PartyStatus.Client, now.AddYears(-1));
        var product = new Product("P-" + Guid.NewGuid().ToString("N")[..8], "Global equity");
        var brochure = new Material(product.Id, "Global equity brochure", "2025-Q3");
        var restricted = new Person("Rolf", "Restricted", PartyStatus.Client, now.AddYears(-1));
        restricted.Restrict();
        await using (var db = host.Database.NewDb())
        {
            db.AddRange(client, restricted, product, brochure, new MaterialSent(brochure.Id, client.Id, host.Users.Rep.Id, now.AddDays(-3)),
                new MaterialSent(brochure.Id, restricted.Id, host.Users.Controller.Id, now.AddDays(-1)));
            await db.SaveChangesAsync();
        }

        using var controller = await host.As(host.Users.Controller);
        var seen = await controller.GetFromJsonAsync<JsonElement>($"/api/initiatives/questions/brochure-holders?productId={product.Id}");
        Assert.Equal(new[] { client.Id, restricted.Id }.Order(), seen.EnumerateArray().Select(h => h.GetProperty("partyId").GetGuid()).Order());
        Assert.All(seen.EnumerateArray(), h => Assert.Equal("2025-Q3", h.GetProperty("edition").GetString()));

        // The rep neither covers the restricted client nor has it shared: the answer leaves it out.
        using var rep = await host.As(host.Users.Rep);
        var repSees = await rep.GetFromJsonAsync<JsonElement>($"/api/initiatives/questions/brochure-holders?productId={product.Id}");
        Assert.Equal([client.Id], repSees.EnumerateArray().Select(h => h.GetProperty("partyId").GetGuid()));

        using var none = await controller.GetAsync($"/api/initiatives/questions/latest-promotion?productId={product.Id}");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }
}
