using Microsoft.Playwright;
using OutlookCms.Domain.Firm;
using OutlookCms.TestSupport;

namespace OutlookCms.EndToEnd.Tests.Support;

/// <summary>
/// One test class's world: the real AddinHost serving the built front end (with its own database and the
/// simulator as token issuer) and one headless Debian Chromium. Each test opens its own browser context,
/// so session storage (the token) never leaks between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's package; scripts/browser.sh installs it. Playwright never downloads a browser here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public HostFixture Host { get; } = new() { ServesWebApp = true };

    public FirmUsers Users => Host.Users;

    static BrowserFixture() => Assertions.SetDefaultExpectTimeout(30_000);

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing: run scripts/test.sh, which installs Debian's chromium (browser_ensure in scripts/browser.sh).");
        }

        // The host (database copy, two web apps) and the browser start side by side: the class stays a few seconds.
        await Task.WhenAll(Host.InitializeAsync(), LaunchAsync());
    }

    private async Task LaunchAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                // Chromium looks up Google hosts on its own; only the loopback host under test resolves.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            ],
        });
    }

    /// <summary>The browsers' time zone: dates on the pages are that wall clock's.</summary>
    public const string TimeZoneId = "Europe/Zurich";

    /// <summary>A fresh browser profile (no token) against the host, at the given viewport and colour scheme.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.Address.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
            Locale = "en-GB",
            TimezoneId = TimeZoneId,
        });
        // Waits, not speed checks (speed is measured in bench/): generous enough for a 2-core CI machine under load.
        context.SetDefaultTimeout(30_000);
        return context;
    }

    /// <summary>Signs in through the demo sign-in page, as a person would, and waits for Home to show the user.</summary>
    public static async Task SignInAsync(IPage page, FirmUser user)
    {
        await page.GotoAsync("/signin");
        await SignInPage.UserButton(page, user).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Welcome, {user.DisplayName}", Level = 1 })).ToBeVisibleAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await Host.DisposeAsync();
    }
}
