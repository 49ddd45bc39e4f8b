using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests;

/// <summary>Bad input gets problem details naming the field, and nothing is written.</summary>
public sealed class BadInputTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static object Person(string given = "Grace", string family = "Hopper", params object[] emails) =>
        new { givenName = given, familyName = family, status = "Prospect", emails = emails.Length == 0 ? [new { address = "grace@hopper.example", kind = "Work" }] : emails };

    private Task<long> PeopleCount() =>
        host.Database.ScalarAsync<long>("SELECT count(*) FROM cms.parties WHERE kind = 'Person'");

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static void AssertFieldNamed(JsonElement problem, string field)
    {
        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains(errors, e => e.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task InvalidJson_Is400ProblemDetails()
    {
        using var rep = await host.As(host.Users.Rep);
        using var response = await rep.PostAsync("/api/people", new StringContent("{\"givenName\": \"Ann\",", Encoding.UTF8, "application/json"));
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task MissingRequiredField_Is400NamingTheField()
    {
        using var rep = await host.As(host.Users.Rep);
        using var response = await rep.PostAsJsonAsync("/api/people", new { givenName = "Ann", status = "Prospect", emails = Array.Empty<object>() });
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains("familyName", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OverLongName_Is400NamingTheField_AndNothingIsWritten()
    {
        using var rep = await host.As(host.Users.Rep);
        var before = await PeopleCount();
        using var response = await rep.PostAsJsonAsync("/api/people", Person(given: new string('x', 101)));
        AssertFieldNamed(await Problem(response, HttpStatusCode.BadRequest), "givenName");
        Assert.Equal(before, await PeopleCount());
    }

    [Fact]
    public async Task InvalidSecondEmail_Is400NamingTheField_AndTheWholePersonIsNotWritten()
    {
        using var rep = await host.As(host.Users.Rep);
        var before = await PeopleCount();
        using var response = await rep.PostAsJsonAsync("/api/people", Person("Ann", "Valid",
            new { address = "ann@valid.example", kind = "Work" }, new { address = "not-an-address", kind = "Personal" }));
        AssertFieldNamed(await Problem(response, HttpStatusCode.BadRequest), "address");
        Assert.Equal(before, await PeopleCount());
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("SELECT count(*) FROM cms.email_addresses WHERE address = 'ann@valid.example'"));
    }

    [Fact]
    public async Task UnknownEnumValue_Is400()
    {
        using var rep = await host.As(host.Users.Rep);
        using var response = await rep.PostAsJsonAsync("/api/people", new { givenName = "A", familyName = "B", status = "VeryImportant", emails = Array.Empty<object>() });
        await Problem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task UnknownPartyId_Is404ProblemDetails()
    {
        using var rep = await host.As(host.Users.Rep);
        using var response = await rep.GetAsync($"/api/parties/{Guid.NewGuid()}");
        await Problem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ValidPerson_IsCreated_AndAuditedAsTheRep()
    {
        using var rep = await host.As(host.Users.Rep);
        using var response = await rep.PostAsJsonAsync("/api/people", Person("Ada", "Lovelace", new { address = "Ada@Lovelace.example", kind = "Work" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("ada@lovelace.example", created.GetProperty("emails")[0].GetProperty("address").GetString());

        var audited = await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM cms.audit_entries WHERE entity_id = '{id}' AND actor_user_id = '{host.Users.Rep.Id}'");
        Assert.True(audited >= 1, "creating a person writes an audit entry naming the rep");

        using var read = await rep.GetAsync($"/api/parties/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Theory]
    [InlineData(-5, "EUR", "amount")]
    [InlineData(0, "EUR", "amount")]
    [InlineData(100, "EURO", "currency")]
    public async Task InvalidOutcomeAmountOrCurrency_Is400NamingTheField(decimal amount, string currency, string field)
    {
        var partyId = await CreatePersonAsync();
        using var rep = await host.As(host.Users.Rep);
        var before = await host.Database.ScalarAsync<long>("SELECT count(*) FROM cms.outcomes");
        using var response = await rep.PostAsJsonAsync("/api/outcomes", new { kind = "AssetsPledged", amount, currency, partyId });
        AssertFieldNamed(await Problem(response, HttpStatusCode.BadRequest), field);
        Assert.Equal(before, await host.Database.ScalarAsync<long>("SELECT count(*) FROM cms.outcomes"));
    }

    [Fact]
    public async Task OutcomeForUnknownParty_Is400NamingPartyId()
    {
        using var rep = await host.As(host.Users.Rep);
        using var response = await rep.PostAsJsonAsync("/api/outcomes", new { kind = "AssetsPledged", amount = 1000m, currency = "CHF", partyId = Guid.NewGuid() });
        AssertFieldNamed(await Problem(response, HttpStatusCode.BadRequest), "partyId");
    }

    [Fact]
    public async Task OutcomeNamingAnUnknownInitiative_Is400NamingInitiativeIds_AndStoresNothing()
    {
        var partyId = await CreatePersonAsync();
        using var rep = await host.As(host.Users.Rep);
        var before = await host.Database.ScalarAsync<long>("SELECT count(*) FROM cms.outcomes");
        using var response = await rep.PostAsJsonAsync("/api/outcomes",
            new { kind = "AssetsPledged", amount = 1000m, currency = "CHF", partyId, initiativeIds = new[] { Guid.NewGuid() } });
        AssertFieldNamed(await Problem(response, HttpStatusCode.BadRequest), "initiativeIds");
        Assert.Equal(before, await host.Database.ScalarAsync<long>("SELECT count(*) FROM cms.outcomes"));
    }

    [Fact]
    public async Task ConfirmingTwice_Is409_AndConfirmWithoutEvidenceIs400()
    {
        var partyId = await CreatePersonAsync();
        using var rep = await host.As(host.Users.Rep);
        using var reported = await rep.PostAsJsonAsync("/api/outcomes", new { kind = "AssetsDeposited", amount = 250000m, currency = "CHF", partyId });
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var outcomeId = (await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var controller = await host.As(host.Users.Controller);
        using var noEvidence = await controller.PostAsJsonAsync($"/api/outcomes/{outcomeId}/confirm", new { evidence = (string?)null });
        AssertFieldNamed(await Problem(noEvidence, HttpStatusCode.BadRequest), "evidence");

        using var first = await controller.PostAsJsonAsync($"/api/outcomes/{outcomeId}/confirm", new { evidence = "Booking 4711" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var second = await controller.PostAsJsonAsync($"/api/outcomes/{outcomeId}/confirm", new { evidence = "Booking 4711" });
        await Problem(second, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ValidTokenForSomeoneOutsideTheFirm_Is403ProblemDetails()
    {
        using var stranger = await host.WithToken(Guid.NewGuid(), "Stranger", "stranger@elsewhere.example", ["Rep"]);
        using var response = await stranger.GetAsync("/api/me");
        await Problem(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Me_ReturnsTheSignedInFirmUser()
    {
        using var manager = await host.As(host.Users.Manager);
        var me = await manager.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(host.Users.Manager.Id, me.GetProperty("id").GetGuid());
        Assert.Equal("Manager", me.GetProperty("role").GetString());
    }

    private async Task<Guid> CreatePersonAsync()
    {
        using var rep = await host.As(host.Users.Rep);
        using var response = await rep.PostAsJsonAsync("/api/people", Person("Client", Guid.NewGuid().ToString("N")[..8],
            new { address = $"{Guid.NewGuid():N}@client.example", kind = "Work" }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
