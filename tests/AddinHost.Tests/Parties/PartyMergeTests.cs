using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.AddinHost.Tests.Pane;
using OutlookCms.Domain.Clients;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Parties;

/// <summary>`POST /api/parties/{id}/merge`: everything the duplicate had moves to the survivor once, and the audit log says what moved and why.</summary>
public sealed class PartyMergeTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly ClientBook book = new(host);

    [Fact]
    public async Task MergingAPerson_MovesHistoryContactsOutcomesAndFollowUps_WithoutDoublingWhatBothHad()
    {
        var shared = $"{ClientBook.Unique("both")}@merge.example";
        var only = $"{ClientBook.Unique("dup")}@merge.example";
        var survivor = await book.PersonAsync("Hanna", "Keller", shared, p => p.AddPhone("+41 44 123 45 67", PhoneKind.Mobile));
        var duplicate = await book.PersonAsync("Hanna", "Keller-Meier", only, p =>
        {
            p.AddEmail(shared, EmailKind.Personal);
            p.AddPhone("+41 (44) 123-45-67", PhoneKind.Mobile);
            p.AddPhone("+41 79 000 00 01", PhoneKind.Home);
            p.AddAddress(AddressKind.Home, ["Seestrasse 5"], "Küsnacht", null, "8700", "CH");
            p.Restrict();
        });
        await book.CoverAsync(survivor.Id, host.Users.Rep.Id);
        await book.CoverAsync(duplicate.Id, host.Users.Rep.Id);
        await book.CallAsync(host.Users.Rep.Id, 5, "Survivor's call", survivor.Id);
        var dupCall = await book.CallAsync(host.Users.Rep.Id, 4, "Duplicate's call", duplicate.Id);
        var bothCall = await book.CallAsync(host.Users.Rep.Id, 3, "Call with both records", survivor.Id, duplicate.Id);
        var outcome = await book.OutcomeAsync(duplicate.Id, host.Users.Rep.Id, 75_000m);
        var followUp = await book.FollowUpAsync(duplicate.Id, host.Users.Rep.Id, "Send the tax pack", 2);

        using var rep = await host.As(host.Users.Rep);
        using var response = await rep.PostAsJsonAsync($"/api/parties/{survivor.Id}/merge", new { duplicateId = duplicate.Id, reason = "Same person, married name" });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>();
        // The call with both records already had the survivor: only the duplicate's own call moves.
        Assert.Equal([dupCall.Id], summary.GetProperty("interactions").EnumerateArray().Select(i => i.GetGuid()));
        Assert.Equal([outcome.Id], summary.GetProperty("outcomes").EnumerateArray().Select(i => i.GetGuid()));
        Assert.Equal([followUp.Id], summary.GetProperty("followUps").EnumerateArray().Select(i => i.GetGuid()));
        Assert.Equal(["restricted"], summary.GetProperty("inherited").EnumerateArray().Select(i => i.GetString()));

        var page = await rep.GetFromJsonAsync<JsonElement>($"/api/parties/{survivor.Id}/overview");
        var party = page.GetProperty("party");
        Assert.True(party.GetProperty("isRestricted").GetBoolean());
        Assert.Equal(["Call with both records", "Duplicate's call", "Survivor's call"],
            party.GetProperty("interactions").EnumerateArray().Select(i => i.GetProperty("subject").GetString()));
        Assert.Equal([(shared, true), (only, false)], page.GetProperty("emails").EnumerateArray()
            .Select(e => (e.GetProperty("address").GetString(), e.GetProperty("isPrimary").GetBoolean())));
        Assert.Equal(2, page.GetProperty("phones").GetArrayLength());
        Assert.Equal(["Home"], page.GetProperty("addresses").EnumerateArray().Select(a => a.GetProperty("kind").GetString()));
        Assert.Contains(party.GetProperty("outcomes").EnumerateArray(), o => o.GetProperty("id").GetGuid() == outcome.Id);
        Assert.Contains(party.GetProperty("followUps").EnumerateArray(), f => f.GetProperty("id").GetGuid() == followUp.Id);
        Assert.Equal(1, await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM cms.coverage_assignments WHERE party_id = '{survivor.Id}' AND to_at IS NULL"));

        // The duplicate's page opens the survivor; both records' history explain the merge and its reason.
        var redirected = await rep.GetFromJsonAsync<JsonElement>($"/api/parties/{duplicate.Id}/overview");
        Assert.Equal(survivor.Id, redirected.GetProperty("party").GetProperty("id").GetGuid());
        var history = await rep.GetFromJsonAsync<JsonElement>($"/api/parties/{survivor.Id}/history");
        var merged = history.EnumerateArray().Single(c => c.GetProperty("action").GetString() == "Merged");
        Assert.Equal(("Same person, married name", host.Users.Rep.DisplayName), (merged.GetProperty("reason").GetString(), merged.GetProperty("actorName").GetString()));
        Assert.Equal("Hanna Keller-Meier", merged.GetProperty("after").GetProperty("duplicateName").GetString());
        Assert.Equal(1, await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM cms.audit_entries WHERE action = 'Merged' AND entity_id = '{duplicate.Id}' AND after->>'mergedIntoId' = '{survivor.Id}'"));
    }

    [Fact]
    public async Task MergingAnOrganisation_MovesItsPeopleDomainsAndDepartments_AndASameNamedDepartmentAbsorbsTheOther()
    {
        var survivor = await book.OrganisationAsync($"Alpine Holdings {ClientBook.Unique("")}", $"{ClientBook.Unique("alp")}.example");
        var duplicateDomain = $"{ClientBook.Unique("alp")}.example";
        var duplicate = await book.OrganisationAsync("Alpine Holdings AG", duplicateDomain);
        Guid survivorTreasury;
        Guid person;
        await using (var db = host.Database.NewDb())
        {
            var s = await db.Organisations.FindAsync(survivor.Id);
            survivorTreasury = s!.AddDepartment("Treasury", null).Id;
            var d = await db.Organisations.FindAsync(duplicate.Id);
            var treasury = d!.AddDepartment("Treasury", null);
            d.AddDepartment("Legal", null);
            var cfo = new Person("Carla", "Finanz", PartyStatus.Client, book.Now);
            cfo.WorkAt(d, treasury, null, "CFO", OrganisationRole.DecisionMaker, 80);
            db.People.Add(cfo);
            person = cfo.Id;
            await db.SaveChangesAsync();
        }

        using var manager = await host.As(host.Users.Manager);
        using var response = await manager.PostAsJsonAsync($"/api/parties/{survivor.Id}/merge", new { duplicateId = duplicate.Id, reason = "Same legal entity" });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("people").GetInt32());

        await using var check = host.Database.NewDb();
        var carla = await check.People.FindAsync(person);
        Assert.Equal((survivor.Id, survivorTreasury), (carla!.OrganisationId, carla.DepartmentId));
        Assert.Equal(["Legal", "Treasury"], check.Departments.Where(d => d.OrganisationId == survivor.Id).Select(d => d.Name).Order().ToList());
        Assert.Equal(survivor.Id, check.OrganisationDomains.Single(d => d.Domain == duplicateDomain).OrganisationId);
    }

    [Fact]
    public async Task AMergeThatCannotBe_IsRefusedWithAReason_AndChangesNothing()
    {
        var person = await book.PersonAsync("Ivo", "One", $"{ClientBook.Unique("i")}@merge.example");
        var other = await book.PersonAsync("Ivo", "Two", $"{ClientBook.Unique("i")}@merge.example");
        var hidden = await book.PersonAsync("Ivo", "Hidden", $"{ClientBook.Unique("i")}@merge.example", p => p.Restrict());
        var organisation = await book.OrganisationAsync($"Ivo AG {ClientBook.Unique("")}", $"{ClientBook.Unique("ivo")}.example");
        using var rep = await host.As(host.Users.Rep);

        async Task<HttpStatusCode> MergeAsync(HttpClient client, Guid into, Guid duplicate, string reason = "duplicate")
        {
            using var response = await client.PostAsJsonAsync($"/api/parties/{into}/merge", new { duplicateId = duplicate, reason });
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.BadRequest, await MergeAsync(rep, person.Id, person.Id));
        Assert.Equal(HttpStatusCode.BadRequest, await MergeAsync(rep, person.Id, organisation.Id));
        Assert.Equal(HttpStatusCode.BadRequest, await MergeAsync(rep, person.Id, other.Id, reason: " "));
        Assert.Equal(HttpStatusCode.NotFound, await MergeAsync(rep, person.Id, hidden.Id));
        using var controller = await host.As(host.Users.Controller);
        Assert.Equal(HttpStatusCode.Forbidden, await MergeAsync(controller, person.Id, other.Id));
        Assert.Equal(0, await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM cms.parties WHERE merged_into_id IS NOT NULL AND id IN ('{person.Id}', '{other.Id}', '{hidden.Id}', '{organisation.Id}')"));

        Assert.Equal(HttpStatusCode.OK, await MergeAsync(rep, person.Id, other.Id));
        Assert.Equal(HttpStatusCode.NotFound, await MergeAsync(rep, person.Id, other.Id));
    }
}
