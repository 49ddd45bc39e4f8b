using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using OutlookCms.GraphSimulator.Hosting;
using OutlookCms.GraphSimulator.Scenarios;

namespace OutlookCms.GraphSimulator;

/// <summary>Builds the simulator: Entra ID token issuer and Microsoft Graph mail/calendar, on https loopback.</summary>
public static class SimulatorApp
{
    public const string DefaultUrl = "https://127.0.0.1:5443";

    /// <summary>The configured app, not started. Tests pass <c>--urls https://127.0.0.1:0</c> and start it themselves.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--scenario"] = "Simulator:Scenario" });

        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var urls = builder.Configuration[WebHostDefaults.ServerUrlsKey] ?? DefaultUrl;
        if (urls.Contains("https://", StringComparison.OrdinalIgnoreCase))
        {
            var certificate = ServerCertificate.Load(builder.Configuration);
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate));
        }

        builder.AddSimulator();

        var app = builder.Build();
        app.MapSimulator();
        if (app.Services.GetRequiredService<IOptions<SimulatorOptions>>().Value.Scenario is { Length: > 0 } scenario)
        {
            var summary = app.Services.GetRequiredService<ScenarioLoader>().LoadFolder(scenario, reset: true);
            app.Logger.LogInformation("Loaded scenario {Scenario}: {Mailboxes} mailboxes, {Messages} messages, {Events} events",
                scenario, summary.Mailboxes, summary.Messages, summary.Events);
        }

        return app;
    }

    /// <summary>The https address the started app listens on (the real port when started on port 0).</summary>
    public static Uri BaseAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var address = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ?? addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }
}
