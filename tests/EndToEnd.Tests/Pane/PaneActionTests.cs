using Microsoft.Playwright;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Marketing;
using OutlookCms.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Pane;

/// <summary>
/// The pane's one- and two-click actions in Chromium, each checked in the pane and in the audit log: set and complete a
/// follow-up, record an outcome, tag an initiative, record a brochure sent.
/// </summary>
public sealed class PaneActionTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task FollowUp_Outcome_Initiative_AndBrochure_AreRecordedFromThePane_AndAudited()
    {
        var host = fixture.Host;
        var olga = await PreviewWorld.ClientWithEmailAsync(host, "Olga", "Actions", "olga@actions-client.example", "Pension projection");
        await PreviewWorld.CoverAsync(host, olga.Id, fixture.Users.Rep.Id);
        await using (var db = host.Database.NewDb())
        {
            var fund = new Product("ACT-EQ", "Actions Global Equity");
            db.Products.Add(fund);
            db.Initiatives.Add(new Initiative(InitiativeKind.Sponsorship, "Golf Masters Lucerne", Money.Of(50_000m, "CHF"),
                DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)), null));
            db.Materials.Add(new Material(fund.Id, "Global Equity factsheet", "Q3"));
            await db.SaveChangesAsync();
        }

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, fixture.Users.Rep);
        await page.GotoAsync("/preview.html");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Inbox" }).GetByRole(AriaRole.Button).Filter(new() { HasText = "Olga Actions" }).ClickAsync();
        var pane = page.FrameLocator("iframe[title='OutlookCms task pane']");
        await Expect(pane.GetByRole(AriaRole.Heading, new() { Name = "Olga Actions" })).ToBeVisibleAsync();
        var section = (string title) => pane.Locator("section.section").Filter(new() { Has = pane.GetByRole(AriaRole.Heading, new() { Name = title }) });

        await pane.GetByRole(AriaRole.Button, new() { Name = "Follow-up" }).ClickAsync();
        await pane.GetByLabel("What to do").FillAsync("Send the pension projection");
        await Screenshots.SaveAsync(page, "pane-follow-up-form");
        await pane.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(section("Open follow-ups")).ToContainTextAsync("Send the pension projection");
        await pane.GetByRole(AriaRole.Button, new() { Name = "Complete: Send the pension projection" }).ClickAsync();
        await Expect(pane.GetByText("Send the pension projection")).ToHaveCountAsync(0);

        await pane.GetByRole(AriaRole.Button, new() { Name = "Outcome" }).ClickAsync();
        await pane.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Assets pledged" });
        await pane.GetByLabel("Amount").FillAsync("250000");
        await pane.GetByRole(AriaRole.Combobox, new() { Name = "Initiative (optional)" }).SelectOptionAsync(new SelectOptionValue { Label = "Golf Masters Lucerne" });
        await Screenshots.SaveAsync(page, "pane-outcome-form");
        await pane.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(section("Outcomes")).ToContainTextAsync("Assets Pledged");
        await Expect(section("Outcomes")).ToContainTextAsync("250,000");

        await pane.GetByRole(AriaRole.Button, new() { Name = "Tag initiative" }).ClickAsync();
        await pane.GetByRole(AriaRole.Combobox, new() { Name = "Initiative" }).SelectOptionAsync(new SelectOptionValue { Label = "Golf Masters Lucerne (Sponsorship)" });
        await pane.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(section("Initiatives")).ToContainTextAsync("Golf Masters Lucerne");

        await pane.GetByRole(AriaRole.Button, new() { Name = "Brochure sent" }).ClickAsync();
        await pane.GetByRole(AriaRole.Combobox, new() { Name = "Material" }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await pane.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(section("Materials sent")).ToContainTextAsync("Global Equity factsheet");
        await Screenshots.SaveAsync(page, "pane-actions-recorded");

        var outcome = await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM cms.outcomes WHERE party_id = '{olga.Id}' AND amount = 250000 AND reported_by_id = '{fixture.Users.Rep.Id}'");
        Assert.Equal(1, outcome);
        var attributed = await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM cms.outcome_initiatives oi JOIN cms.outcomes o ON o.id = oi.outcome_id JOIN cms.initiatives i ON i.id = oi.initiative_id WHERE o.party_id = '{olga.Id}' AND i.name = 'Golf Masters Lucerne'");
        Assert.Equal(1, attributed);
        var audited = await host.Database.ScalarAsync<long>($"""
            SELECT count(DISTINCT entity_type) FROM cms.audit_entries
            WHERE actor_user_id = '{fixture.Users.Rep.Id}' AND entity_type IN ('FollowUp', 'Outcome', 'PartyInitiative', 'MaterialSent')
            """);
        Assert.Equal(4, audited);
        var completed = await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM cms.audit_entries a JOIN cms.follow_ups f ON f.id::text = a.entity_id WHERE f.party_id = '{olga.Id}' AND a.action <> 'Created'");
        Assert.True(completed >= 1, "completing the follow-up is audited as a change");
    }
}
