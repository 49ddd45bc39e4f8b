using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Pane;

/// <summary>The host serving the built front end (and with it the add-in's static files), for the manifest's URLs.</summary>
public sealed class WebAppHost : IAsyncLifetime
{
    public HostFixture Host { get; } = new() { ServesWebApp = true };

    public Task InitializeAsync() => Host.InitializeAsync();

    public Task DisposeAsync() => Host.DisposeAsync();
}
