using Microsoft.Playwright;
using OutlookCms.Domain.Firm;

namespace OutlookCms.EndToEnd.Tests.Support;

/// <summary>Where things are on the demo sign-in page, found the way a screen reader user would find them.</summary>
public static class SignInPage
{
    public static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Name = "Demo sign-in", Level = 1 });

    /// <summary>The role groups' headings, e.g. "Reps 2", in page order.</summary>
    public static ILocator GroupHeadings(IPage page) => page.Locator("section.role-group").GetByRole(AriaRole.Heading, new() { Level = 2 });

    /// <summary>The names in one role's group (the section is labelled by its heading).</summary>
    public static ILocator NamesIn(IPage page, string groupName) =>
        page.GetByRole(AriaRole.Region, new() { Name = groupName }).Locator(".user-name");

    public static ILocator AllNames(IPage page) => page.Locator(".user-name");

    public static ILocator Search(IPage page) => page.GetByLabel("Find a user");

    public static ILocator SearchStatus(IPage page) => page.Locator(".search-count");

    public static ILocator UserButton(IPage page, FirmUser user) => page.GetByRole(AriaRole.Button, new() { Name = user.DisplayName });
}
