using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.AddinHost.Api.Pane;
using OutlookCms.Domain.Clients;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Pane;

/// <summary><c>GET /api/pane</c> on real PostgreSQL with real tokens: what a rep sees beside an email.</summary>
public sealed class PaneReadTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly ClientBook book = new(host);

    private async Task<JsonElement> PaneAsync(HttpClient client, string mode, params string[] addresses)
    {
        using var response = await client.GetAsync($"/api/pane?mode={mode}&addresses={Uri.EscapeDataString(string.Join(',', addresses))}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Address(JsonElement pane, string address) =>
        pane.GetProperty("addresses").EnumerateArray().Single(a => a.GetProperty("address").GetString() == address);

    private static JsonElement Party(JsonElement pane, Guid id) =>
        pane.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id);

    private static List<string> Warnings(JsonElement pane, string kind) =>
        [.. pane.GetProperty("warnings").EnumerateArray().Where(w => w.GetProperty("kind").GetString() == kind)
            .Select(w => w.GetProperty("address").GetString()!)];

    [Fact]
    public async Task MatchedClient_ComesWithOrganisationHouseholdCoverageCadenceAndHistory()
    {
        var domain = ClientBook.Unique("acme") + ".example";
        var org = await book.OrganisationAsync("Acme Capital " + domain, domain);
        var household = await book.HouseholdAsync("The Joneses");
        var tier = await book.TierAsync(new CadencePolicy(30, 10, 30));
        var address = $"jane@{domain}";
        var jane = await book.PersonAsync("Jane", "Jones", address, p =>
        {
            p.WorkAt(org, null, null, "CFO", OrganisationRole.DecisionMaker, 80);
            p.JoinHousehold(household.Id);
            p.AssignTier(tier.Id);
        });
        await book.CoverAsync(jane.Id, host.Users.Rep.Id);
        await book.CoverHouseholdAsync(household.Id, host.Users.OtherRep.Id);
        await book.CallAsync(host.Users.OtherRep.Id, 40, "Old call", jane.Id);
        await book.CallAsync(host.Users.OtherRep.Id, 2, "Portfolio review call", jane.Id);
        await book.EmailAsync(host.Users.Rep.Id, 1, "Re: statements", jane.Id);
        await book.EmailAsync(host.Users.Rep.Id, 0.5, "Cancelled lunch", jane.Id, cancelledMeeting: true);
        var followUp = await book.FollowUpAsync(jane.Id, host.Users.Rep.Id, "Send the tax pack", -1);
        var outcome = await book.OutcomeAsync(jane.Id, host.Users.Rep.Id, 250_000m);
        var initiative = await book.InitiativeAsync("Symphony night " + domain, jane.Id);
        await book.MaterialAsync("Global equity brochure", jane.Id, host.Users.OtherRep.Id);

        using var rep = await host.As(host.Users.Rep);
        var pane = await PaneAsync(rep, "read", address.ToUpperInvariant());

        Assert.Equal("Read", pane.GetProperty("mode").GetString());
        Assert.Equal(host.Users.Rep.Id, pane.GetProperty("viewer").GetProperty("id").GetGuid());
        var entry = Address(pane, address);
        Assert.Equal("Matched", entry.GetProperty("status").GetString());
        Assert.Equal(jane.Id, entry.GetProperty("partyId").GetGuid());

        var party = Party(pane, jane.Id);
        Assert.Equal("Jane Jones", party.GetProperty("displayName").GetString());
        Assert.Equal("CFO", party.GetProperty("jobTitle").GetString());
        Assert.Equal(org.Id, party.GetProperty("organisation").GetProperty("id").GetGuid());
        Assert.Equal("The Joneses", party.GetProperty("household").GetProperty("name").GetString());
        Assert.Equal(tier.Name, party.GetProperty("tier").GetString());

        var coverage = party.GetProperty("coverage");
        Assert.True(coverage.GetProperty("viewerIsAdviser").GetBoolean());
        var advisers = coverage.GetProperty("advisers").EnumerateArray()
            .Select(a => (a.GetProperty("displayName").GetString(), a.GetProperty("viaHousehold").GetBoolean())).ToList();
        Assert.Contains(("Rita Rep", false), advisers);
        Assert.Contains(("Otto Rep", true), advisers);

        // Last contact: the email a day ago (any rep, any channel); the cancelled meeting does not count.
        var cadence = party.GetProperty("cadence");
        var lastContact = cadence.GetProperty("lastContactAt").GetDateTimeOffset();
        Assert.InRange(lastContact, book.Now.AddDays(-1).AddMinutes(-1), book.Now.AddDays(-1).AddMinutes(1));
        Assert.Equal(lastContact.AddDays(30), cadence.GetProperty("nextDueAt").GetDateTimeOffset());
        Assert.Equal(2, cadence.GetProperty("contactsInWindow").GetInt32());
        Assert.False(cadence.GetProperty("tooOften").GetBoolean());

        var subjects = party.GetProperty("interactions").EnumerateArray().Select(i => i.GetProperty("subject").GetString()).ToList();
        Assert.Equal(["Cancelled lunch", "Re: statements", "Portfolio review call", "Old call"], subjects);
        var call = party.GetProperty("interactions")[2];
        Assert.Equal("PhoneCall", call.GetProperty("channel").GetString());
        Assert.Equal(["Otto Rep"], call.GetProperty("reps").EnumerateArray().Select(r => r.GetString()));

        var open = Assert.Single(party.GetProperty("followUps").EnumerateArray());
        Assert.Equal(followUp.Id, open.GetProperty("id").GetGuid());
        Assert.True(open.GetProperty("overdue").GetBoolean());
        Assert.True(open.GetProperty("isMine").GetBoolean());
        var reported = Assert.Single(party.GetProperty("outcomes").EnumerateArray());
        Assert.Equal(outcome.Id, reported.GetProperty("id").GetGuid());
        Assert.Equal("Reported", reported.GetProperty("status").GetString());
        Assert.Equal(initiative.Id, Assert.Single(party.GetProperty("initiatives").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal("Global equity brochure", Assert.Single(party.GetProperty("materials").EnumerateArray()).GetProperty("title").GetString());
        Assert.Empty(pane.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task RepWhoIsNotTheDesignatedAdviser_IsWarned()
    {
        var address = ClientBook.Unique("kim") + "@kim.example";
        var kim = await book.PersonAsync("Kim", "Lee", address);
        await book.CoverAsync(kim.Id, host.Users.OtherRep.Id);

        using var rep = await host.As(host.Users.Rep);
        var pane = await PaneAsync(rep, "read", address);

        Assert.False(Party(pane, kim.Id).GetProperty("coverage").GetProperty("viewerIsAdviser").GetBoolean());
        Assert.Equal([address], Warnings(pane, "NotDesignatedAdviser"));
        Assert.Contains("Otto Rep", pane.GetProperty("warnings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestrictedClient_TheRepDoesNotCover_ShowsNoDetails_AndComposeWarnsOfABreach()
    {
        var address = ClientBook.Unique("vip") + "@private.example";
        var vip = await book.PersonAsync("Victoria", "Private", address, p => p.Restrict());
        await book.CoverAsync(vip.Id, host.Users.OtherRep.Id);
        await book.CallAsync(host.Users.OtherRep.Id, 1, "Secret call", vip.Id);

        using var rep = await host.As(host.Users.Rep);
        var read = await PaneAsync(rep, "read", address);
        Assert.Equal("Restricted", Address(read, address).GetProperty("status").GetString());
        Assert.Empty(read.GetProperty("parties").EnumerateArray());
        Assert.DoesNotContain("Victoria", read.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Secret call", read.GetRawText(), StringComparison.Ordinal);

        var compose = await PaneAsync(rep, "compose", address);
        Assert.Equal([address], Warnings(compose, "CoverageBreach"));
        Assert.Contains("coverage breach", compose.GetProperty("warnings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        // Her designated adviser sees her, and composing only flags that she is restricted.
        using var adviser = await host.As(host.Users.OtherRep);
        var covered = await PaneAsync(adviser, "compose", address);
        Assert.Equal("Matched", Address(covered, address).GetProperty("status").GetString());
        Assert.Equal("Secret call", Party(covered, vip.Id).GetProperty("interactions")[0].GetProperty("subject").GetString());
        Assert.Equal([address], Warnings(covered, "Restricted"));
        Assert.Empty(Warnings(covered, "CoverageBreach"));
    }

    [Fact]
    public async Task ManagerOfTheTeam_SeesTheRestrictedClientTheirRepCovers_ButIsWarnedWhenComposing()
    {
        var address = ClientBook.Unique("fam") + "@family.example";
        var member = await book.PersonAsync("Fay", "Family", address);
        var household = await book.HouseholdAsync("Restricted family", restricted: true);
        await using (var db = host.Database.NewDb())
        {
            var tracked = await db.People.FindAsync(member.Id);
            tracked!.JoinHousehold(household.Id);
            await db.SaveChangesAsync();
        }

        await book.CoverHouseholdAsync(household.Id, host.Users.Rep.Id);

        using var manager = await host.As(host.Users.Manager);
        var pane = await PaneAsync(manager, "compose", address);
        var party = Party(pane, member.Id);
        Assert.True(party.GetProperty("isRestricted").GetBoolean());
        Assert.Equal([address], Warnings(pane, "CoverageBreach"));
    }

    [Fact]
    public async Task TooOften_WhenTheOverrideMaximumIsExceeded_AndComposeWarnsOneContactEarlier()
    {
        var address = ClientBook.Unique("busy") + "@busy.example";
        var busy = await book.PersonAsync("Bea", "Busy", address, p => p.OverrideCadence(new CadencePolicy(30, 2, 30)));
        await book.CoverAsync(busy.Id, host.Users.Rep.Id);
        await book.CallAsync(host.Users.Rep.Id, 20, "First", busy.Id);
        await book.CallAsync(host.Users.OtherRep.Id, 10, "Second", busy.Id);
        await book.CallAsync(host.Users.Rep.Id, 45, "Outside the window", busy.Id);

        using var rep = await host.As(host.Users.Rep);
        var atMaximum = await PaneAsync(rep, "read", address);
        var cadence = Party(atMaximum, busy.Id).GetProperty("cadence");
        Assert.Equal(2, cadence.GetProperty("contactsInWindow").GetInt32());
        Assert.True(cadence.GetProperty("policy").GetProperty("isOverride").GetBoolean());
        Assert.False(cadence.GetProperty("tooOften").GetBoolean());
        Assert.True(cadence.GetProperty("wouldBeTooOften").GetBoolean());
        Assert.Empty(Warnings(atMaximum, "TooOften"));
        Assert.Equal([address], Warnings(await PaneAsync(rep, "compose", address), "TooOften"));

        await book.CallAsync(host.Users.OtherRep.Id, 1, "Third", busy.Id);
        var over = await PaneAsync(rep, "read", address);
        Assert.True(Party(over, busy.Id).GetProperty("cadence").GetProperty("tooOften").GetBoolean());
        Assert.Equal([address], Warnings(over, "TooOften"));
    }

    [Fact]
    public async Task UnknownSenders_GetAProspectSuggestion_OrganisationFromTheDomainUnlessFreeMail()
    {
        var domain = ClientBook.Unique("globex") + ".example";
        var org = await book.OrganisationAsync("Globex Holdings " + domain, domain);
        var atKnownOrg = $"new.person@{domain}";
        var queued = ClientBook.Unique("queued") + "@initech-partners.co.uk";
        await book.ProposeProspectAsync(queued, "Doe, John");
        var freeMail = ClientBook.Unique("someone.else") + "@gmail.com";

        using var rep = await host.As(host.Users.Rep);
        var pane = await PaneAsync(rep, "read", atKnownOrg, queued, freeMail);

        var known = Address(pane, atKnownOrg);
        Assert.Equal("Unknown", known.GetProperty("status").GetString());
        var suggestion = known.GetProperty("prospect");
        Assert.Equal("New", suggestion.GetProperty("givenName").GetString());
        Assert.Equal("Person", suggestion.GetProperty("familyName").GetString());
        Assert.Equal(org.Id, suggestion.GetProperty("organisationId").GetGuid());

        var fromQueue = Address(pane, queued).GetProperty("prospect");
        Assert.Equal("John", fromQueue.GetProperty("givenName").GetString());
        Assert.Equal("Doe", fromQueue.GetProperty("familyName").GetString());
        Assert.Equal(1, fromQueue.GetProperty("messagesSeen").GetInt32());
        Assert.Equal(JsonValueKind.Null, fromQueue.GetProperty("organisationId").ValueKind);
        Assert.Equal("Initech Partners", fromQueue.GetProperty("organisationName").GetString());

        var free = Address(pane, freeMail).GetProperty("prospect");
        Assert.True(free.GetProperty("isFreeMail").GetBoolean());
        Assert.Equal(JsonValueKind.Null, free.GetProperty("organisationName").ValueKind);
        Assert.Empty(pane.GetProperty("parties").EnumerateArray());
    }

    [Fact]
    public async Task Colleagues_AndMalformedAddresses_AreMarked_AndTheRestIsStillAnswered()
    {
        var address = ClientBook.Unique("ok") + "@fine.example";
        var client = await book.PersonAsync("Olga", "Okay", address);

        using var rep = await host.As(host.Users.Rep);
        using var response = await rep.GetAsync(
            $"/api/pane?mode=compose&addresses={Uri.EscapeDataString($"not-an-address;{host.Users.OtherRep.Email},{address}")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pane = await response.Content.ReadFromJsonAsync<JsonElement>();

        var invalid = Address(pane, "not-an-address");
        Assert.Equal("Invalid", invalid.GetProperty("status").GetString());
        Assert.Contains("not an email address", invalid.GetProperty("error").GetString(), StringComparison.Ordinal);
        var colleague = Address(pane, host.Users.OtherRep.Email);
        Assert.Equal("Colleague", colleague.GetProperty("status").GetString());
        Assert.Equal("Otto Rep", colleague.GetProperty("colleague").GetString());
        Assert.Equal(client.Id, Address(pane, address).GetProperty("partyId").GetGuid());
    }

    [Fact]
    public async Task ARepDoesNotSeeAThreadThatIncludesARestrictedClientTheyDoNotCover()
    {
        var open = ClientBook.Unique("open") + "@open.example";
        var openClient = await book.PersonAsync("Oscar", "Open", open);
        var hidden = await book.PersonAsync("Hanna", "Hidden", ClientBook.Unique("hid") + "@hidden.example", p => p.Restrict());
        await book.CoverAsync(hidden.Id, host.Users.OtherRep.Id);
        await book.CallAsync(host.Users.OtherRep.Id, 3, "Joint call with a restricted client", openClient.Id, hidden.Id);
        await book.CallAsync(host.Users.OtherRep.Id, 4, "Ordinary call", openClient.Id);

        using var rep = await host.As(host.Users.Rep);
        var pane = await PaneAsync(rep, "read", open);

        var subjects = Party(pane, openClient.Id).GetProperty("interactions").EnumerateArray().Select(i => i.GetProperty("subject").GetString());
        Assert.Equal(["Ordinary call"], subjects);
        // Cadence still counts the contact: the client heard from the firm, whoever may read it.
        var lastContact = Party(pane, openClient.Id).GetProperty("cadence").GetProperty("lastContactAt").GetDateTimeOffset();
        Assert.InRange(lastContact, book.Now.AddDays(-3).AddMinutes(-1), book.Now.AddDays(-3).AddMinutes(1));
    }

    [Fact]
    public async Task EachPartyShowsItsLatestVisibleInteractions_UpToTheLimit_WhenAMessageHasSeveralParties()
    {
        var busy = ClientBook.Unique("busy") + "@busy.example";
        var quiet = ClientBook.Unique("quiet") + "@quiet.example";
        var busyClient = await book.PersonAsync("Bea", "Busy", busy);
        var quietClient = await book.PersonAsync("Quinn", "Quiet", quiet);
        var hidden = await book.PersonAsync("Hugo", "Hidden", ClientBook.Unique("hid") + "@hidden.example", p => p.Restrict());
        await book.CoverAsync(hidden.Id, host.Users.OtherRep.Id);
        for (var day = 1; day <= PaneReader.InteractionsPerParty + 2; day++)
        {
            await book.CallAsync(host.Users.OtherRep.Id, day, $"Call {day}", busyClient.Id);
        }

        // The newest contact with the busy client is one the rep may not read: it neither shows nor uses up a place.
        await book.CallAsync(host.Users.OtherRep.Id, 0.5, "Joint call with a restricted client", busyClient.Id, hidden.Id);
        await book.CallAsync(host.Users.OtherRep.Id, 2, "Quiet call", quietClient.Id);

        using var rep = await host.As(host.Users.Rep);
        var pane = await PaneAsync(rep, "compose", busy, quiet);

        var busySubjects = Party(pane, busyClient.Id).GetProperty("interactions").EnumerateArray().Select(i => i.GetProperty("subject").GetString());
        Assert.Equal(Enumerable.Range(1, PaneReader.InteractionsPerParty).Select(day => $"Call {day}"), busySubjects);
        var quietSubjects = Party(pane, quietClient.Id).GetProperty("interactions").EnumerateArray().Select(i => i.GetProperty("subject").GetString());
        Assert.Equal(["Quiet call"], quietSubjects);
    }
}
