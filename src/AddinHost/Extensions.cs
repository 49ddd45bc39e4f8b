using System.Text.Json.Serialization;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;
using Npgsql;
using OutlookCms.AddinHost.Api.Notifications;
using OutlookCms.AddinHost.Api.SyncHealth;
using OutlookCms.AddinHost.Auth;
using OutlookCms.AddinHost.Demo;
using OutlookCms.AddinHost.Infrastructure;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost;

public static class Extensions
{
    /// <summary>The host's connection pool when the connection string sets none (Npgsql's default is 100).</summary>
    public const int WebPoolSize = 10;

    /// <summary>
    /// Npgsql hands out idle connections in turn, so a pool grown to many connections spreads the pane's requests over
    /// as many PostgreSQL backends, each with its own caches and prepared statements to warm. Capped at 10, bench/pane
    /// with 50 reps gave p95 22–26 ms against 24–33 ms uncapped (docs/benchmarks.md); a request rarely waits for a
    /// connection, as a few cores run only a few statements at once. An explicit Maximum Pool Size wins.
    /// </summary>
    public static string WithWebPool(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("pool size", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("poolsize", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxPoolSize = WebPoolSize;
        }

        return builder.ConnectionString;
    }

    public static void AddAddinHost(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("OutlookCms")
            ?? throw new InvalidOperationException(
                "ConnectionStrings:OutlookCms is not set (env ConnectionStrings__OutlookCms); scripts/postgres.sh prints it.");

        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCmsDb(WithWebPool(connectionString));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<CurrentUser>());

        // The same validation path as real Entra tokens: only configuration differs (AzureAd section).
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(builder.Configuration.GetSection("AzureAd"));
        builder.Services.AddAuthorization(Policies.Add);

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddValidation();
        // Unreadable bodies reach ProblemExceptionHandler, which names the offending field.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.MaxDepth = 32;
            // A missing or null required field is a 400 naming the field, not a half-filled entity.
            o.SerializerOptions.RespectNullableAnnotations = true;
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
        });
        builder.Services.AddOpenApi();
        builder.Services.AddOptions<SyncHealthOptions>().BindConfiguration(SyncHealthOptions.Section);
        builder.Services.AddScoped<SyncHealthQuery>();
        builder.Services.AddHealthChecks().AddDbContextCheck<CmsDb>("database").AddCheck<SyncLagHealthCheck>("capture-lag");
        builder.Services.AddHostedService<MigrateOnStart>();
        builder.Services.AddOptions<Domain.Outcomes.Matching.MatchingRules>()
            .BindConfiguration(Domain.Outcomes.Matching.MatchingRules.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<Domain.Scorecards.BonusFormula>()
            .BindConfiguration(Domain.Scorecards.BonusFormula.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<Domain.Marketing.Returns.AttributionRules>()
            .BindConfiguration(Domain.Marketing.Returns.AttributionRules.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<Api.Imports.ImportWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<Api.Imports.ImportWorker>());
        builder.Services.AddHostedService<Api.Imports.StalledImportSweeper>();
        builder.Services.AddDemo(builder.Configuration);

        // A Hangfire client only (no server): Graph notifications enqueue the worker's mailbox syncs.
        builder.Services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true }));
        builder.Services.AddSingleton<NotificationMetrics>();
        builder.Services.AddScoped<NotificationSubscriber>();
    }

    public static void UseAddinHostPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWebAppFiles();
        app.UseAuthentication();
        app.UseAuthorization();
    }
}
