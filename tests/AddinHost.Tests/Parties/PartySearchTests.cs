using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.AddinHost.Tests.Pane;
using OutlookCms.Domain.Clients;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Parties;

/// <summary>Search as you type across names, email addresses, phone digits and organisations, through the access rule.</summary>
public sealed class PartySearchTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly ClientBook book = new(host);

    /// <summary>A surname no other test uses (letters only, as names are).</summary>
    private static string Surname() => "Zy" + new string([.. Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))]);

    private async Task<List<JsonElement>> SearchAsync(HttpClient client, string q)
    {
        var hits = await client.GetFromJsonAsync<JsonElement>($"/api/parties/search?q={Uri.EscapeDataString(q)}");
        return [.. hits.EnumerateArray()];
    }

    private static (string Name, string On, string Matched) Hit(JsonElement hit) =>
        (hit.GetProperty("displayName").GetString()!, hit.GetProperty("matchedOn").GetString()!, hit.GetProperty("matched").GetString()!);

    [Fact]
    public async Task FindsByNameWordsInAnyOrder_ByPartOfAnAddress_ByPhoneDigits_AndByOrganisation()
    {
        var surname = Surname();
        var domain = $"{surname.ToLowerInvariant()}-bank.example";
        var organisation = await book.OrganisationAsync($"{surname} Holdings AG", domain);
        var anna = await book.PersonAsync("Anna", surname, $"anna@{domain}", p =>
        {
            p.AddPhone("+41 44 987 65 43", PhoneKind.Mobile);
            p.WorkAt(organisation, null, null, "CFO", null, null);
        });
        await book.CoverAsync(anna.Id, host.Users.Rep.Id);
        await book.CoverAsync(organisation.Id, host.Users.Rep.Id);
        using var rep = await host.As(host.Users.Rep);

        Assert.Equal([($"Anna {surname}", "Name", $"Anna {surname}")], (await SearchAsync(rep, $"{surname} anna")).Select(Hit));
        Assert.Equal([($"Anna {surname}", "Email", $"anna@{domain}")], (await SearchAsync(rep, $"anna@{domain[..8]}")).Select(Hit));
        Assert.Equal([($"Anna {surname}", "Phone", "+41 44 987 65 43")], (await SearchAsync(rep, "044 9876543")).Select(Hit));
        var byOrganisation = (await SearchAsync(rep, $"{surname} Holdings")).Select(Hit).ToList();
        Assert.Equal([($"Anna {surname}", "Organisation", $"{surname} Holdings AG"), ($"{surname} Holdings AG", "Name", $"{surname} Holdings AG")],
            byOrganisation.OrderBy(h => h.Name, StringComparer.Ordinal));
        var hit = (await SearchAsync(rep, $"anna {surname}")).Single();
        Assert.Equal((anna.Id, $"anna@{domain}", "+41 44 987 65 43", $"{surname} Holdings AG", "CFO"),
            (hit.GetProperty("id").GetGuid(), hit.GetProperty("email").GetString(), hit.GetProperty("phone").GetString(),
                hit.GetProperty("organisation").GetString(), hit.GetProperty("jobTitle").GetString()));
    }

    [Fact]
    public async Task TwoCharacters_MatchTheStartOfANameOnly_AndNamesStartingWithTheQueryComeFirst()
    {
        var surname = Surname();
        await book.PersonAsync("Bea", surname, $"{ClientBook.Unique("b")}@s.example");
        // Seven letters: random enough that no other test's surname in this class's database shares them.
        await book.PersonAsync(surname[..7] + "a", "Early", $"{ClientBook.Unique("e")}@s.example");
        using var admin = await host.As(host.Users.Admin);

        var hits = (await SearchAsync(admin, surname[..7])).Select(h => Hit(h).Name).ToList();
        Assert.Equal([$"{surname[..7]}a Early", $"Bea {surname}"], hits);
        var twoLetters = (await SearchAsync(admin, surname[..2])).Select(h => Hit(h).Name).ToList();
        Assert.Contains($"{surname[..7]}a Early", twoLetters);
        Assert.DoesNotContain($"Bea {surname}", twoLetters);
    }

    [Fact]
    public async Task ARestrictedClient_IsFoundOnlyByThoseWhoMaySeeIt()
    {
        var surname = Surname();
        var vip = await book.PersonAsync("Vera", surname, $"{ClientBook.Unique("v")}@vip.example", p => p.Restrict());
        await book.CoverAsync(vip.Id, host.Users.Rep.Id);
        using var adviser = await host.As(host.Users.Rep);
        using var colleague = await host.As(host.Users.OtherRep);

        Assert.Single(await SearchAsync(adviser, surname));
        Assert.Empty(await SearchAsync(colleague, surname));
        Assert.Empty(await SearchAsync(colleague, vip.Emails.Single().Address));
    }

    [Fact]
    public async Task WildcardsAreText_AndAMergedPartyIsNotFound()
    {
        var surname = Surname();
        await book.PersonAsync("Percy", surname, $"{ClientBook.Unique("p")}@s.example");
        var survivor = await book.PersonAsync("Mona", surname, $"{ClientBook.Unique("m")}@s.example");
        await book.PersonAsync("Mona", surname, $"{ClientBook.Unique("m")}@s.example", p => p.MarkMergedInto(survivor.Id));
        using var admin = await host.As(host.Users.Admin);

        Assert.Empty(await SearchAsync(admin, $"{surname[..3]}%"));
        Assert.Empty(await SearchAsync(admin, $"{surname[..3]}_"));
        Assert.Equal([$"Mona {surname}"], (await SearchAsync(admin, $"mona {surname}")).Select(h => Hit(h).Name));
    }

    [Fact]
    public async Task AFreeMailProvidersName_SearchesNamesNotAddresses_ButAnAddressAtItIsFound()
    {
        var surname = Surname();
        var local = $"{surname.ToLowerInvariant()}.home";
        await book.PersonAsync("Gina", surname, $"{local}@gmail.com");
        using var admin = await host.As(host.Users.Admin);

        Assert.DoesNotContain($"Gina {surname}", (await SearchAsync(admin, "gmail.com")).Select(h => Hit(h).Name));
        Assert.DoesNotContain($"Gina {surname}", (await SearchAsync(admin, "@gmail")).Select(h => Hit(h).Name));
        Assert.Equal([($"Gina {surname}", "Email", $"{local}@gmail.com")], (await SearchAsync(admin, $"{local}@gmail")).Select(Hit));
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("a", "q")]
    [InlineData("q=ok&limit=0", "limit")]
    [InlineData("q=ok&limit=51", "limit")]
    public async Task BadSearches_AreProblemsNamingTheParameter(string query, string field)
    {
        using var rep = await host.As(host.Users.Rep);
        var url = query.Contains('=', StringComparison.Ordinal) ? $"/api/parties/search?{query}" : $"/api/parties/search?q={query}";
        using var response = await rep.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task AnOverLongSearch_IsAProblem()
    {
        using var rep = await host.As(host.Users.Rep);
        using var response = await rep.GetAsync($"/api/parties/search?q={new string('x', 101)}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
