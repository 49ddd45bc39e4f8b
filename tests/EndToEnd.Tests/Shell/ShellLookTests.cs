using Microsoft.Playwright;
using OutlookCms.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Shell;

/// <summary>The sign-in page and the shell in the narrow task pane (320 px), in dark mode, and under axe-core.</summary>
public sealed class ShellLookTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task SignInAndHome_At320Px_RenderWithoutHorizontalOverflow(ColorScheme scheme)
    {
        await using var context = await fixture.NewContextAsync(width: 320, height: 640, colorScheme: scheme);
        var page = await context.NewPageAsync();
        var theme = scheme.ToString().ToLowerInvariant();

        await page.GotoAsync("/signin");
        await Expect(SignInPage.AllNames(page)).ToHaveCountAsync(5);
        await Screenshots.SaveAsync(page, $"signin-320-{theme}");
        AssertFits(await PageLayout.MeasureAsync(page), scheme);

        await BrowserFixture.SignInAsync(page, fixture.Users.OtherRep);
        await Screenshots.SaveAsync(page, $"home-320-{theme}");
        AssertFits(await PageLayout.MeasureAsync(page), scheme);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_FindsNoSeriousViolations_OnSignInOrHome(ColorScheme scheme)
    {
        await using var context = await fixture.NewContextAsync(colorScheme: scheme);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/signin");
        await Expect(SignInPage.AllNames(page)).ToHaveCountAsync(5);
        var onSignIn = await Axe.SeriousViolationsAsync(page);
        Assert.True(onSignIn.Count == 0, "/signin: " + Axe.Describe(onSignIn));

        await BrowserFixture.SignInAsync(page, fixture.Users.Admin);
        var onHome = await Axe.SeriousViolationsAsync(page);
        Assert.True(onHome.Count == 0, "Home: " + Axe.Describe(onHome));
        if (scheme == ColorScheme.Dark)
        {
            await Screenshots.SaveAsync(page, "home-dark");
        }
    }

    private static void AssertFits(PageLayout layout, ColorScheme scheme)
    {
        Assert.Equal(320, layout.ClientWidth);
        Assert.False(layout.OverflowsHorizontally, layout.ToString());
        // The page follows the colour scheme: a dark background in dark mode, a light one otherwise.
        if (scheme == ColorScheme.Dark)
        {
            Assert.True(layout.BodyLuminance < 0.1, $"dark mode, yet the body background is {layout.BodyBackground}");
        }
        else
        {
            Assert.True(layout.BodyLuminance > 0.8, $"light mode, yet the body background is {layout.BodyBackground}");
        }
    }
}
