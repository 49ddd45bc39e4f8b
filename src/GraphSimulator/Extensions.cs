using OutlookCms.GraphSimulator.Admin;
using OutlookCms.GraphSimulator.Faults;
using OutlookCms.GraphSimulator.Graph;
using OutlookCms.GraphSimulator.Identity;
using OutlookCms.GraphSimulator.Mailboxes;
using OutlookCms.GraphSimulator.Scenarios;
using OutlookCms.GraphSimulator.Subscriptions;

namespace OutlookCms.GraphSimulator;

public static class Extensions
{
    /// <summary>Registers the simulator's options and in-memory state.</summary>
    public static IHostApplicationBuilder AddSimulator(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SimulatorOptions>()
            .BindConfiguration(SimulatorOptions.Section)
            .Validate(o => Guid.TryParse(o.TenantId, out _), "Simulator:TenantId must be a GUID.")
            .Validate(o => o.TokenLifetimeSeconds > 0, "Simulator:TokenLifetimeSeconds must be positive.")
            .Validate(o => o.DefaultDeltaPageSize > 0, "Simulator:DefaultDeltaPageSize must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SigningKey>();
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddSingleton<ClientAssertionValidator>();
        builder.Services.AddSingleton<GraphTokenValidator>();
        builder.Services.AddSingleton<MailboxDirectory>();
        builder.Services.AddSingleton<MailDelivery>();
        builder.Services.AddSingleton<ScenarioLoader>();
        builder.Services.AddSingleton<FaultInjector>();
        builder.Services.AddSingleton<MailboxThrottle>();
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.AddSingleton<MailboxChangeFeed>();
        builder.Services.AddSingleton<SubscriptionStore>();
        builder.Services.AddSingleton<NotificationLog>();
        builder.Services.AddSingleton<WebhookClient>();
        builder.Services.AddSingleton<NotificationDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
        return builder;
    }
}

public static class SimulatorEndpoints
{
    /// <summary>Graph's gateway in front of /v1.0, then every endpoint: Entra, Graph, and the simulator's own.</summary>
    public static WebApplication MapSimulator(this WebApplication app)
    {
        app.UseMiddleware<GraphGateway>();
        app.MapGet("/", () => "OutlookCms Graph simulator: Entra ID token issuer and Microsoft Graph mail and calendar.");
        app.MapEntraApi();
        app.MapSimulatorTokensApi();
        app.MapUsersApi();
        app.MapMailApi();
        app.MapCalendarApi();
        app.MapSendMailApi();
        app.MapDraftsApi();
        app.MapSubscriptionsApi();
        app.MapScenariosApi();
        app.MapMailboxesAdminApi();
        app.MapFaultsApi();
        app.MapSubscriptionsAdminApi();
        return app;
    }
}
