using OutlookCms.AddinHost.Api;
using OutlookCms.AddinHost.Api.ClientBook;
using OutlookCms.AddinHost.Api.Imports;
using OutlookCms.AddinHost.Api.Notifications;
using OutlookCms.AddinHost.Api.SyncHealth;
using OutlookCms.AddinHost.Auth;
using OutlookCms.AddinHost.Demo;
using OutlookCms.AddinHost.Infrastructure;

namespace OutlookCms.AddinHost;

/// <summary>Builds the web host; tests start the same app on a real loopback port.</summary>
public static class AddinHostApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = WebApp.WebRoot });
        builder.AddAddinHost();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseAddinHostPipeline();
        app.MapHealth();
        app.MapOpenApi().AllowAnonymous();
        app.MapSpaAuthConfigApi();
        app.MapDemoApi();
        app.MapMeApi();
        app.MapMyWorkApi();
        app.MapTeamOverviewApi();
        app.MapCoverageBreachesApi();
        app.MapOrganisationStructureApi();
        app.MapHouseholdsApi();
        app.MapPartiesApi();
        app.MapPartyChangesApi();
        app.MapClientBookTransferApi();
        app.MapOutcomesApi();
        app.MapImportsApi();
        app.MapConfirmationsApi();
        app.MapForecastApi();
        app.MapScorecardsApi();
        app.MapInitiativesApi();
        app.MapInitiativeAttendeesApi();
        app.MapCaptureApi();
        app.MapGraphNotificationsApi();
        app.MapSyncHealthApi();
        app.MapPaneApi();
        app.MapPreviewApi();
        app.MapWebApp();
        return app;
    }
}
