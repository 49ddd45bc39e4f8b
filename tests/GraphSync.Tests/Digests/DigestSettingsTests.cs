using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutlookCms.GraphSync.Hosting;
using OutlookCms.GraphSync.Options;

namespace OutlookCms.GraphSync.Tests.Digests;

/// <summary>Bad digest settings stop the worker at start with the key to fix; the test-only clock starts where it is told.</summary>
public sealed class DigestSettingsTests
{
    [Fact]
    public void EnabledWithoutSenderOrWebAppUrl_IsRefused_NamingTheKeys()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(new()
        {
            ["Digests:Enabled"] = "true",
            ["Digests:SenderMailbox"] = "not an address",
            ["Digests:WebAppUrl"] = "/relative",
        }));

        Assert.Contains("Digests:SenderMailbox", error.Message, StringComparison.Ordinal);
        Assert.Contains("Digests:WebAppUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disabled_NeedsNothing_AndAGoodSetIsAccepted()
    {
        Assert.False(Options([]).Enabled);
        var good = Options(new()
        {
            ["Digests:Enabled"] = "true",
            ["Digests:SenderMailbox"] = "digests@firm.example",
            ["Digests:WebAppUrl"] = "https://cms.firm.example/",
            ["Digests:MorningTime"] = "06:30",
        });
        Assert.Equal(new TimeOnly(6, 30), good.MorningTime);
    }

    [Fact]
    public void ClockStartAt_StartsTheClockThere_AndGarbageIsRefused()
    {
        var startAt = new DateTimeOffset(2026, 3, 29, 6, 5, 0, TimeSpan.Zero);
        var clock = StartedAtClock.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Clock:StartAt"] = "2026-03-29T06:05:00Z" }).Build());

        Assert.InRange(clock.GetUtcNow() - startAt, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Same(TimeProvider.System, StartedAtClock.From(new ConfigurationBuilder().Build()));
        var error = Assert.Throws<InvalidOperationException>(() =>
            StartedAtClock.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Clock:StartAt"] = "tomorrow-ish" }).Build()));
        Assert.Contains("Clock:StartAt", error.Message, StringComparison.Ordinal);
    }

    private static DigestOptions Options(Dictionary<string, string?> settings)
    {
        settings["Graph:TenantId"] = "t";
        settings["Graph:ClientId"] = "c";
        settings["Graph:ClientSecret"] = "s";
        settings["Capture:FirmDomains:0"] = "firm.example";
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddCapturePipeline("Host=127.0.0.1;Database=unused")
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<DigestOptions>>().Value;
    }
}
