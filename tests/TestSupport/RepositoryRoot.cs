namespace OutlookCms.TestSupport;

/// <summary>The checkout the tests run from: the folder holding OutlookCms.sln, found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>A path under the repository root, from its segments.</summary>
    public static string Combine(params string[] segments) => System.IO.Path.Combine([Path, .. segments]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OutlookCms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No OutlookCms.sln above {AppContext.BaseDirectory}: run the tests from a checkout.");
    }
}
