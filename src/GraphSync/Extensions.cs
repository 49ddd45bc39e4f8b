using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.FollowUps.Rules;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSync.Digests;
using OutlookCms.GraphSync.Graph;
using OutlookCms.GraphSync.Hosting;
using OutlookCms.GraphSync.Jobs;
using OutlookCms.GraphSync.Options;
using OutlookCms.GraphSync.Persistence;
using OutlookCms.GraphSync.Pipeline;
using OutlookCms.GraphSync.Subscriptions;

namespace OutlookCms.GraphSync;

public static class Extensions
{
    /// <summary>The worker: options, Graph client, capture pipeline, Hangfire on PostgreSQL with its server and recurring jobs.</summary>
    public static IHostApplicationBuilder AddGraphSync(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration.GetConnectionString("OutlookCms")
            ?? throw new InvalidOperationException("ConnectionStrings:OutlookCms is not set (env ConnectionStrings__OutlookCms); scripts/postgres.sh prints it.");

        // Tests and the demo may start the worker at a given instant (see StartedAtClock); production never sets it.
        builder.Services.AddSingleton(StartedAtClock.From(builder.Configuration));
        builder.Services.AddCapturePipeline(connectionString);

        builder.Services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                // Enqueued syncs (a new rep, later a change notification) start within a second, not the default 15.
                QueuePollInterval = TimeSpan.FromSeconds(1),
                // A lock row of a killed worker is taken as dead after this. Hangfire holds its own locks for moments (a
                // recurring job's schedule); with the default ten minutes, a worker killed while holding the digests'
                // lock stopped the digests that long, and a worker starting meanwhile failed to register its jobs. Our
                // jobs keep runs apart with PostgreSQL advisory locks, which end with their holder's session.
                DistributedLockTimeout = TimeSpan.FromMinutes(1),
            }));
        builder.Services.AddScoped<ScheduleMailboxesJob>();
        builder.Services.AddScoped<INotifiedMailboxSync, NotifiedMailboxSyncJob>();
        builder.Services.AddHangfireServer(o => o.Queues = ["capture", "default"]);
        builder.Services.AddHostedService<StartupTasks>();
        return builder;
    }

    /// <summary>The capture pipeline without Hangfire (the tests and the bench use it as the worker does).</summary>
    public static IServiceCollection AddCapturePipeline(this IServiceCollection services, string connectionString)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CaptureOptions>().BindConfiguration(CaptureOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddCmsDb(connectionString);
        services.AddScoped<IAuditActor>(_ => new SystemAuditActor("capture"));
        services.AddSingleton(_ => NpgsqlDataSource.Create(DomainServices.Tuned(connectionString)));
        services.AddSingleton(sp => GraphClientFactory.Create(sp.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.AddSingleton<MailboxDeltaReader>();
        services.AddSingleton<PartyIndexLoader>();
        services.AddSingleton<CapturedKeyLoader>();
        services.AddSingleton<PageWriter>();
        services.AddSingleton<MailboxProblems>();
        services.AddSingleton<SyncStatusWriter>();
        services.AddScoped<MailboxSync>();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<SubscriptionManager>();
        services.AddScoped<MaintainSubscriptionsJob>();
        services.AddScoped<SyncMailboxJob>();
        services.AddScoped<PurgeDecisionsJob>();
        services.AddOptions<FollowUpRuleOptions>().BindConfiguration(FollowUpRuleOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FollowUpRuleOptions>, FollowUpRuleOptionsValidation>();
        services.AddScoped<FollowUpRulesJob>();
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestOptions>, DigestOptionsValidation>();
        services.AddSingleton<DigestMailer>();
        services.AddScoped<DigestSender>();
        services.AddScoped<DigestsJob>();
        return services;
    }
}
