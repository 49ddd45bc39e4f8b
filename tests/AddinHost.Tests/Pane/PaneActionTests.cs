using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Pane;

/// <summary>The pane's actions: each one request, visible in the next <c>GET /api/pane</c>, and audited as the rep.</summary>
public sealed class PaneActionTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly ClientBook book = new(host);

    private static async Task<JsonElement> PartyAsync(HttpClient client, string address)
    {
        var pane = await client.GetFromJsonAsync<JsonElement>($"/api/pane?addresses={Uri.EscapeDataString(address)}");
        return Assert.Single(pane.GetProperty("parties").EnumerateArray());
    }

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task AssertProblemNamesAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any(e => e.Name.Equals(field, StringComparison.OrdinalIgnoreCase)), problem.GetRawText());
    }

    private Task<long> AuditedByAsync(Guid entityId, Guid userId) =>
        host.Database.ScalarAsync<long>($"SELECT count(*) FROM cms.audit_entries WHERE entity_id = '{entityId}' AND actor_user_id = '{userId}'");

    [Theory]
    [InlineData("PhoneCall")]
    [InlineData("Meeting")]
    [InlineData("InPerson")]
    [InlineData("PostalMail")]
    [InlineData("Note")]
    public async Task LoggedContact_AppearsInThePane_AndIsAuditedAsTheRep(string channel)
    {
        var address = ClientBook.Unique("log") + "@log.example";
        var client = await book.PersonAsync("Lou", "Logged", address);
        using var rep = await host.As(host.Users.Rep);

        var created = await CreatedAsync(await rep.PostAsJsonAsync("/api/pane/contacts",
            new { channel, partyIds = new[] { client.Id }, subject = $"{channel} about the mandate", summary = "Agreed next steps.", durationMinutes = 30 }));
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(channel == "Note" ? "Internal" : "Outbound", created.GetProperty("direction").GetString());

        var latest = (await PartyAsync(rep, address)).GetProperty("interactions")[0];
        Assert.Equal(id, latest.GetProperty("id").GetGuid());
        Assert.Equal(channel, latest.GetProperty("channel").GetString());
        Assert.Equal(["Rita Rep"], latest.GetProperty("reps").EnumerateArray().Select(r => r.GetString()));
        Assert.True(await AuditedByAsync(id, host.Users.Rep.Id) >= 1);
    }

    [Fact]
    public async Task LoggingAnEmail_OrForAPartyTheRepMayNotSee_OrANoteWithADirection_Is400()
    {
        var client = await book.PersonAsync("Val", "Visible", ClientBook.Unique("v") + "@v.example");
        var hidden = await book.PersonAsync("Rex", "Restricted", ClientBook.Unique("r") + "@r.example", p => p.Restrict());
        using var rep = await host.As(host.Users.Rep);

        await AssertProblemNamesAsync(await rep.PostAsJsonAsync("/api/pane/contacts", new { channel = "Email", partyIds = new[] { client.Id } }), "channel");
        await AssertProblemNamesAsync(await rep.PostAsJsonAsync("/api/pane/contacts", new { channel = "PhoneCall", partyIds = new[] { client.Id, hidden.Id } }), "partyIds");
        await AssertProblemNamesAsync(await rep.PostAsJsonAsync("/api/pane/contacts", new { channel = "PhoneCall", partyIds = Array.Empty<Guid>() }), "partyIds");
        await AssertProblemNamesAsync(await rep.PostAsJsonAsync("/api/pane/contacts", new { channel = "Note", direction = "Outbound", partyIds = new[] { client.Id } }), "direction");
        await AssertProblemNamesAsync(await rep.PostAsJsonAsync("/api/pane/contacts",
            new { channel = "PhoneCall", partyIds = new[] { client.Id }, occurredAt = DateTimeOffset.UtcNow.AddDays(5) }), "occurredAt");
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"SELECT count(*) FROM cms.interaction_parties WHERE party_id = '{client.Id}'"));
    }

    [Fact]
    public async Task FollowUp_SetSnoozedAndCompleted_FromThePane()
    {
        var address = ClientBook.Unique("fu") + "@fu.example";
        var client = await book.PersonAsync("Fran", "Follow", address);
        using var rep = await host.As(host.Users.Rep);

        var set = await CreatedAsync(await rep.PostAsJsonAsync("/api/pane/follow-ups",
            new { partyId = client.Id, title = "Call back about the pension", dueAt = DateTimeOffset.UtcNow.AddDays(2) }));
        var id = set.GetProperty("id").GetGuid();
        var open = Assert.Single((await PartyAsync(rep, address)).GetProperty("followUps").EnumerateArray());
        Assert.Equal("Call back about the pension", open.GetProperty("title").GetString());
        Assert.Equal("Open", open.GetProperty("status").GetString());

        await AssertProblemNamesAsync(await rep.PostAsJsonAsync($"/api/pane/follow-ups/{id}/snooze", new { until = DateTimeOffset.UtcNow.AddDays(-1) }), "until");
        using var snoozed = await rep.PostAsJsonAsync($"/api/pane/follow-ups/{id}/snooze", new { until = DateTimeOffset.UtcNow.AddDays(7), reason = "Client travelling" });
        Assert.Equal(HttpStatusCode.OK, snoozed.StatusCode);
        Assert.Equal("Snoozed", Assert.Single((await PartyAsync(rep, address)).GetProperty("followUps").EnumerateArray()).GetProperty("status").GetString());

        using var completed = await rep.PostAsJsonAsync($"/api/pane/follow-ups/{id}/complete", new { how = "Called, all sorted" });
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Empty((await PartyAsync(rep, address)).GetProperty("followUps").EnumerateArray());
        Assert.True(await AuditedByAsync(id, host.Users.Rep.Id) >= 3, "set, snoozed and completed are each audited");

        using var again = await rep.PostAsJsonAsync($"/api/pane/follow-ups/{id}/complete", new { how = "twice" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var unknown = await rep.PostAsJsonAsync($"/api/pane/follow-ups/{Guid.NewGuid()}/complete", new { });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task InitiativeTag_AndBrochureSent_AndOutcome_ShowInThePane()
    {
        var address = ClientBook.Unique("mk") + "@mk.example";
        var client = await book.PersonAsync("Max", "Marketing", address);
        var initiative = await book.InitiativeAsync("Rally sponsorship " + address);
        var brochure = await book.MaterialAsync("Sustainable income brochure");
        using var rep = await host.As(host.Users.Rep);

        var catalogue = await rep.GetFromJsonAsync<JsonElement>("/api/pane/catalogue");
        Assert.Contains(catalogue.GetProperty("initiatives").EnumerateArray(), i => i.GetProperty("id").GetGuid() == initiative.Id);
        Assert.Contains(catalogue.GetProperty("materials").EnumerateArray(), m => m.GetProperty("id").GetGuid() == brochure.Id);

        await CreatedAsync(await rep.PostAsJsonAsync("/api/pane/initiatives", new { partyId = client.Id, initiativeId = initiative.Id }));
        using var twice = await rep.PostAsJsonAsync("/api/pane/initiatives", new { partyId = client.Id, initiativeId = initiative.Id });
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        await AssertProblemNamesAsync(await rep.PostAsJsonAsync("/api/pane/initiatives", new { partyId = client.Id, initiativeId = Guid.NewGuid() }), "initiativeId");

        await CreatedAsync(await rep.PostAsJsonAsync("/api/pane/materials", new { partyId = client.Id, materialId = brochure.Id }));
        await CreatedAsync(await rep.PostAsJsonAsync("/api/outcomes", new { kind = "MandateWon", amount = 1_000_000m, currency = "CHF", partyId = client.Id }));

        var party = await PartyAsync(rep, address);
        Assert.Equal(initiative.Id, Assert.Single(party.GetProperty("initiatives").EnumerateArray()).GetProperty("id").GetGuid());
        var material = Assert.Single(party.GetProperty("materials").EnumerateArray());
        Assert.Equal("Sustainable income brochure", material.GetProperty("title").GetString());
        Assert.Equal("Rita Rep", material.GetProperty("sentBy").GetString());
        var outcome = Assert.Single(party.GetProperty("outcomes").EnumerateArray());
        Assert.Equal("MandateWon", outcome.GetProperty("kind").GetString());
        Assert.Equal("Reported", outcome.GetProperty("status").GetString());
    }

    [Fact]
    public async Task UnknownSender_AddedAsProspect_IsMatchedNextTime_WithANewOrganisationFromTheDomain_AndTheQueueEntryAccepted()
    {
        var domain = ClientBook.Unique("newco") + ".example";
        var address = $"pat.prospect@{domain}";
        await book.ProposeProspectAsync(address, "Pat Prospect");
        using var rep = await host.As(host.Users.Rep);

        var before = await rep.GetFromJsonAsync<JsonElement>($"/api/pane?addresses={address}");
        var suggestion = before.GetProperty("addresses")[0].GetProperty("prospect");
        var created = await CreatedAsync(await rep.PostAsJsonAsync("/api/pane/prospects", new
        {
            address,
            givenName = suggestion.GetProperty("givenName").GetString(),
            familyName = suggestion.GetProperty("familyName").GetString(),
            organisationName = suggestion.GetProperty("organisationName").GetString(),
        }));
        Assert.True(created.GetProperty("acceptedFromQueue").GetBoolean());
        var partyId = created.GetProperty("partyId").GetGuid();

        var party = await PartyAsync(rep, address);
        Assert.Equal(partyId, party.GetProperty("id").GetGuid());
        Assert.Equal("Pat Prospect", party.GetProperty("displayName").GetString());
        Assert.Equal("Prospect", party.GetProperty("status").GetString());
        Assert.Equal(created.GetProperty("organisationId").GetGuid(), party.GetProperty("organisation").GetProperty("id").GetGuid());
        Assert.Equal("Accepted", await host.Database.ScalarAsync<string>($"SELECT status FROM cms.proposed_prospects WHERE address = '{address}'"));
        Assert.True(await AuditedByAsync(partyId, host.Users.Rep.Id) >= 1);

        // A colleague at the same new organisation now gets it suggested; adding the same address twice is refused.
        var colleague = await rep.GetFromJsonAsync<JsonElement>($"/api/pane?addresses=sam@{domain}");
        Assert.Equal(created.GetProperty("organisationId").GetGuid(), colleague.GetProperty("addresses")[0].GetProperty("prospect").GetProperty("organisationId").GetGuid());
        await AssertProblemNamesAsync(await rep.PostAsJsonAsync("/api/pane/prospects", new { address, givenName = "Pat", familyName = "Again" }), "address");
    }

    [Fact]
    public async Task FreeMailProspect_GetsNoOrganisation_AndAskingForOneIs400()
    {
        var address = ClientBook.Unique("free") + "@gmail.com";
        using var rep = await host.As(host.Users.Rep);
        await AssertProblemNamesAsync(await rep.PostAsJsonAsync("/api/pane/prospects",
            new { address, givenName = "Fred", familyName = "Free", organisationName = "Gmail" }), "organisationName");
        await AssertProblemNamesAsync(await rep.PostAsJsonAsync("/api/pane/prospects",
            new { address = "nope", givenName = "Fred", familyName = "Free" }), "address");

        var created = await CreatedAsync(await rep.PostAsJsonAsync("/api/pane/prospects", new { address, givenName = "Fred", familyName = "Free" }));
        Assert.Equal(JsonValueKind.Null, created.GetProperty("organisationId").ValueKind);
        Assert.Equal("FreeMail", await host.Database.ScalarAsync<string>($"SELECT kind FROM cms.email_addresses WHERE address = '{address}'"));
    }
}
