using System.Text.Json;
using Microsoft.Playwright;
using OutlookCms.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Pane;

/// <summary>Issue 6 in Chromium: the real pane inside the Outlook preview, driven through the Office.js stand-in.</summary>
public sealed class PanePreviewTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static IFrameLocator Pane(IPage page) => page.FrameLocator("iframe[title='OutlookCms task pane']");

    private static ILocator Message(IPage page, string from) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Inbox" }).GetByRole(AriaRole.Button).Filter(new() { HasText = from });

    private async Task<IPage> OpenPreviewAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, fixture.Users.Rep);
        await page.GotoAsync("/preview.html");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inbox" })).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task OpeningAClientsEmail_ShowsTheirHistory_LoggingACallAddsIt_AndSwitchingItemsFollows()
    {
        var host = fixture.Host;
        var jane = await PreviewWorld.ClientWithEmailAsync(host, "Jane", "Preview", "jane@preview-client.example", "Quarterly statements");
        await PreviewWorld.CoverAsync(host, jane.Id, fixture.Users.Rep.Id);
        await PreviewWorld.ClientWithEmailAsync(host, "Karl", "Second", "karl@second-client.example", "Pension question");

        await using var context = await fixture.NewContextAsync();
        var page = await OpenPreviewAsync(context);

        await Message(page, "Jane Preview").ClickAsync();
        var pane = Pane(page);
        await Expect(pane.GetByRole(AriaRole.Heading, new() { Name = "Jane Preview" })).ToBeVisibleAsync();
        await Expect(pane.Locator(".interaction .subject").First).ToHaveTextAsync("Quarterly statements");
        await Screenshots.SaveAsync(page, "pane-client-history");

        await pane.GetByRole(AriaRole.Button, new() { Name = "Log call" }).ClickAsync();
        await pane.GetByLabel("Subject").FillAsync("Called about the statements");
        await pane.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(pane.Locator(".interaction .subject").First).ToHaveTextAsync("Called about the statements");
        var audited = await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM cms.audit_entries a JOIN cms.interactions i ON i.id::text = a.entity_id WHERE i.subject = 'Called about the statements' AND a.actor_user_id = '{fixture.Users.Rep.Id}'");
        Assert.True(audited >= 1, "the logged call is in the audit log under the rep");
        await Screenshots.SaveAsync(page, "pane-call-logged");

        await Message(page, "Karl Second").ClickAsync();
        await Expect(pane.GetByRole(AriaRole.Heading, new() { Name = "Karl Second" })).ToBeVisibleAsync();
        await Expect(pane.GetByRole(AriaRole.Heading, new() { Name = "Jane Preview" })).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "pane-item-changed");

        var frame = page.Frames.Single(f => f.Url.Contains("/pane.html", StringComparison.Ordinal));
        var violations = await SeriousViolationsAsync(frame);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task ComposingToARestrictedClientTheRepDoesNotCover_WarnsOfACoverageBreach()
    {
        var host = fixture.Host;
        var vip = await PreviewWorld.ClientWithEmailAsync(host, "Vera", "Restricted", "vera@restricted-client.example", "Private matter", p => p.Restrict());
        await PreviewWorld.CoverAsync(host, vip.Id, fixture.Users.OtherRep.Id);

        await using var context = await fixture.NewContextAsync();
        var page = await OpenPreviewAsync(context);
        await page.GetByRole(AriaRole.Button, new() { Name = "New message" }).ClickAsync();
        await page.GetByLabel("To").FillAsync("vera@restricted-client.example");

        var pane = Pane(page);
        await Expect(pane.GetByRole(AriaRole.Heading, new() { Name = "Before you send" })).ToBeVisibleAsync();
        await Expect(pane.Locator(".warning-CoverageBreach")).ToContainTextAsync("coverage breach");
        await Screenshots.SaveAsync(page, "pane-compose-restricted");
    }

    [Fact]
    public async Task AnUnknownSender_AddedAsProspect_IsMatchedOnTheirNextEmail()
    {
        var host = fixture.Host;
        await PreviewWorld.UnknownSenderAsync(host, "nina.new@newcomer-partners.example", "Nina Newcomer", messages: 2);

        await using var context = await fixture.NewContextAsync();
        var page = await OpenPreviewAsync(context);
        var messages = Message(page, "Nina Newcomer");
        await Expect(messages).ToHaveCountAsync(2);

        await messages.First.ClickAsync();
        var pane = Pane(page);
        await Expect(pane.GetByText("unknown sender", new() { Exact = false })).ToBeVisibleAsync();
        await pane.GetByRole(AriaRole.Button, new() { Name = "Add as prospect" }).ClickAsync();
        await Expect(pane.GetByLabel("Given name")).ToHaveValueAsync("Nina");
        await Expect(pane.GetByLabel("Organisation")).ToHaveValueAsync("Newcomer Partners");
        await Screenshots.SaveAsync(page, "pane-unknown-sender");
        await pane.GetByRole(AriaRole.Button, new() { Name = "Save prospect" }).ClickAsync();
        await Expect(pane.GetByRole(AriaRole.Heading, new() { Name = "Nina Newcomer" })).ToBeVisibleAsync();

        await messages.Last.ClickAsync();
        await Expect(pane.GetByRole(AriaRole.Heading, new() { Name = "Nina Newcomer" })).ToBeVisibleAsync();
        await Expect(pane.Locator(".badge").First).ToHaveTextAsync("Prospect");
        await Screenshots.SaveAsync(page, "pane-prospect-matched");
    }

    [Fact]
    public async Task ThePane_InOutlooksDarkTheme_At320Px_IsReadable_WithoutOverflow_AndPassesAxe()
    {
        var host = fixture.Host;
        var dora = await PreviewWorld.ClientWithEmailAsync(host, "Dora", "Dark", "dora@dark-client.example", "Evening statement");
        await PreviewWorld.CoverAsync(host, dora.Id, fixture.Users.OtherRep.Id);

        await using var context = await fixture.NewContextAsync(colorScheme: ColorScheme.Dark);
        var page = await OpenPreviewAsync(context);
        await Message(page, "Dora Dark").ClickAsync();
        var pane = Pane(page);
        await Expect(pane.GetByRole(AriaRole.Heading, new() { Name = "Dora Dark" })).ToBeVisibleAsync();
        await Expect(pane.Locator(".warning").First).ToBeVisibleAsync();

        var frame = page.Frames.Single(f => f.Url.Contains("/pane.html", StringComparison.Ordinal));
        Assert.Equal("dark", await frame.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        var widths = await frame.EvaluateAsync<int[]>("[document.documentElement.clientWidth, document.documentElement.scrollWidth]");
        Assert.InRange(widths[0], 300, 340);
        Assert.True(widths[1] <= widths[0], $"the pane scrolls sideways: content {widths[1]} px in {widths[0]} px");
        await Screenshots.SaveAsync(page, "pane-dark-320");

        var violations = await SeriousViolationsAsync(frame);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task FiveHundredRecipients_MalformedAddresses_AndAnApiFailure_GiveClearMessages_AndThePaneRecovers()
    {
        await PreviewWorld.ClientWithEmailAsync(fixture.Host, "Bea", "Bad", "bea@bad-input-client.example", "Statement please");
        await using var context = await fixture.NewContextAsync();
        var page = await OpenPreviewAsync(context);
        var pane = Pane(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "New message" }).ClickAsync();
        var crowd = string.Join("; ", Enumerable.Range(0, 500).Select(i => $"r{i}@crowd.example"));
        await page.GetByLabel("To").FillAsync("not-an-address; bea@bad-input-client.example; " + crowd);
        await Expect(pane.GetByRole(AriaRole.Status).Filter(new() { HasText = "Only the first 100 of" })).ToBeVisibleAsync();
        await Expect(pane.GetByRole(AriaRole.Heading, new() { Name = "Bea Bad" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "pane-500-recipients");

        // The API fails (a 503 from a proxy, as ProblemDetails): the pane says so and offers to try again.
        await page.RouteAsync("**/api/pane?**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 503,
            ContentType = "application/problem+json",
            Body = """{"title":"Service unavailable","status":503,"detail":"The database is being maintained."}""",
        }));
        await page.GetByLabel("To").FillAsync("bea@bad-input-client.example");
        var failure = pane.GetByRole(AriaRole.Alert).Filter(new() { HasText = "maintained" });
        await Expect(failure).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "pane-api-error");

        await page.UnrouteAllAsync();
        await pane.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await Expect(pane.GetByRole(AriaRole.Heading, new() { Name = "Bea Bad" })).ToBeVisibleAsync();
        await Expect(failure).ToHaveCountAsync(0);
    }

    /// <summary>axe-core inside the pane's own frame (the pane is what Outlook shows), serious and critical only.</summary>
    private static async Task<List<string>> SeriousViolationsAsync(IFrame frame)
    {
        await frame.AddScriptTagAsync(new FrameAddScriptTagOptions { Path = Axe.ScriptPath });
        var json = await frame.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id}: ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`));
            }
            """);
        return JsonSerializer.Deserialize<List<string>>(json) ?? [];
    }
}
