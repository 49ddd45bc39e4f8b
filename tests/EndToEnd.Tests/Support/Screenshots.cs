using Microsoft.Playwright;
using OutlookCms.TestSupport;

namespace OutlookCms.EndToEnd.Tests.Support;

/// <summary>
/// Full-page screenshots of each state the tests reach, kept under .local/test-results/screenshots so a person
/// can look at what the browser saw. Each run overwrites the previous run's pictures of the same state.
/// </summary>
public static class Screenshots
{
    public static string Folder => RepositoryRoot.Combine(".local", "test-results", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
