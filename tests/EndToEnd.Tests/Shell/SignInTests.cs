using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OutlookCms.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Shell;

/// <summary>Issue 4's demo sign-in and web app shell, in Chromium against the real host and real tokens.</summary>
public sealed class SignInTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly Regex OnSignIn = new("/signin$");

    [Fact]
    public async Task SignInPage_ListsTheSeededUsersGroupedByRole()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/signin");

        await Expect(SignInPage.Heading(page)).ToBeVisibleAsync();
        await Expect(SignInPage.GroupHeadings(page)).ToHaveTextAsync(["Reps 2", "Managers 1", "Controllers 1", "Admins 1"]);
        await Expect(SignInPage.NamesIn(page, "Reps 2")).ToHaveTextAsync(["Otto Rep", "Rita Rep"]);
        await Expect(SignInPage.NamesIn(page, "Managers 1")).ToHaveTextAsync(["Maria Manager"]);
        await Expect(SignInPage.NamesIn(page, "Controllers 1")).ToHaveTextAsync(["Carl Controller"]);
        await Expect(SignInPage.NamesIn(page, "Admins 1")).ToHaveTextAsync(["Ada Admin"]);
        await Expect(SignInPage.SearchStatus(page)).ToHaveTextAsync("5 users");
        await Screenshots.SaveAsync(page, "signin");
    }

    [Fact]
    public async Task Search_NarrowsTheListToMatchingUsers()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");

        await SignInPage.Search(page).FillAsync("otto");
        await Expect(SignInPage.AllNames(page)).ToHaveTextAsync(["Otto Rep"]);
        await Expect(SignInPage.SearchStatus(page)).ToHaveTextAsync("1 of 5 users match");
        await Expect(SignInPage.GroupHeadings(page)).ToHaveTextAsync(["Reps 1"]);
        await Screenshots.SaveAsync(page, "signin-search");

        // Role and team are searchable too, not only names.
        await SignInPage.Search(page).FillAsync("controller");
        await Expect(SignInPage.AllNames(page)).ToHaveTextAsync(["Carl Controller"]);
        await SignInPage.Search(page).FillAsync("zurich rep");
        await Expect(SignInPage.AllNames(page)).ToHaveTextAsync(["Otto Rep", "Rita Rep"]);

        await SignInPage.Search(page).FillAsync("nobody at all");
        await Expect(SignInPage.AllNames(page)).ToHaveCountAsync(0);
        await Expect(page.GetByText("No user matches “nobody at all”.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ClickingARep_SignsInWithARealToken_AndHomeShowsTheirProfileFromTheApi()
    {
        var rep = fixture.Users.Rep;
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");

        var me = await page.RunAndWaitForResponseAsync(
            () => SignInPage.UserButton(page, rep).ClickAsync(),
            response => new Uri(response.Url).AbsolutePath == "/api/me");

        Assert.Equal(200, me.Status);
        Assert.StartsWith("Bearer ", await me.Request.HeaderValueAsync("authorization"), StringComparison.Ordinal);
        await Expect(page).ToHaveURLAsync(fixture.Host.Address.ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Rita Rep", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".topbar .who-name")).ToHaveTextAsync("Rita Rep");
        await Expect(page.Locator(".topbar .who-role")).ToHaveTextAsync("Rep");
        // The server resolved the token's object id to this firm user: the ids match the database's.
        await Expect(ProfileFact(page, "Role")).ToHaveTextAsync("Rep");
        await Expect(ProfileFact(page, "Email")).ToHaveTextAsync(rep.Email);
        await Expect(ProfileFact(page, "Team")).ToHaveTextAsync("Private Clients Zurich");
        await Expect(ProfileFact(page, "User id")).ToHaveTextAsync(rep.Id.ToString());
        await Screenshots.SaveAsync(page, "home-rep");
    }

    [Fact]
    public async Task TheApp_WithoutAToken_SendsYouToSignIn_AndBackToThePageYouAskedFor()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(OnSignIn);
        await Expect(SignInPage.Heading(page)).ToBeVisibleAsync();

        await page.GotoAsync("/app/no-such-page");
        await Expect(page).ToHaveURLAsync(new Regex("/signin\\?returnUrl=%2Fapp%2Fno-such-page$"));
        await SignInPage.UserButton(page, fixture.Users.Controller).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/app/no-such-page$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".topbar .who-name")).ToHaveTextAsync("Carl Controller");
    }

    [Fact]
    public async Task SignOut_ReturnsToSignIn_AndTheSessionHoldsNoTokenAnyMore()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, fixture.Users.Manager);
        Assert.NotNull(await StoredTokenAsync(page));
        Assert.Equal(200, await CallMeWithStoredTokenAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(OnSignIn);
        await Expect(SignInPage.Heading(page)).ToBeVisibleAsync();
        Assert.Null(await StoredTokenAsync(page));
        Assert.Equal(401, await CallMeWithStoredTokenAsync(page));
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(OnSignIn);
    }

    private static ILocator ProfileFact(IPage page, string label) =>
        page.Locator(".facts > div").Filter(new() { Has = page.Locator("dt", new() { HasTextRegex = new Regex($"^{Regex.Escape(label)}$") }) }).Locator("dd");

    private static Task<string?> StoredTokenAsync(IPage page) =>
        page.EvaluateAsync<string?>("() => sessionStorage.getItem('outlookcms.token')");

    /// <summary>GET /api/me from the page with whatever token the tab's session still holds.</summary>
    private static Task<int> CallMeWithStoredTokenAsync(IPage page) =>
        page.EvaluateAsync<int>("""
            async () => {
              const token = sessionStorage.getItem('outlookcms.token');
              const response = await fetch('/api/me', { headers: token ? { Authorization: 'Bearer ' + token } : {} });
              return response.status;
            }
            """);
}
