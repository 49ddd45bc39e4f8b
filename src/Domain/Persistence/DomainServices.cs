using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OutlookCms.Domain.Auditing;

namespace OutlookCms.Domain.Persistence;

public static class DomainServices
{
    /// <summary>
    /// Registers <see cref="CmsDb"/> (scoped) with the audit interceptor. The host registers a scoped
    /// <see cref="IAuditActor"/> (from the HTTP user, or a <see cref="SystemAuditActor"/> for jobs) and may register a
    /// <see cref="TimeProvider"/>; <see cref="TimeProvider.System"/> is used otherwise.
    /// </summary>
    public static IServiceCollection AddCmsDb(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new AuditInterceptor(sp.GetRequiredService<TimeProvider>()));
        // Registered before AddDbContext (which only adds the context if it is missing) so the actor is resolved lazily.
        services.AddScoped(sp => new CmsDb(sp.GetRequiredService<DbContextOptions<CmsDb>>(), new DeferredAuditActor(sp)));
        services.AddDbContext<CmsDb>((sp, options) => Configure(options, connectionString, sp.GetRequiredService<AuditInterceptor>()));
        return services;
    }

    /// <summary>The one place the context's options are made: hosts, the design-time factory and tests all use it.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString, AuditInterceptor auditInterceptor)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options
            .UseNpgsql(WithoutJit(connectionString), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", CmsDb.Schema))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(auditInterceptor);
    }

    /// <summary>
    /// Turns PostgreSQL's JIT off for the session unless the connection string already says otherwise: the access
    /// rule's plans look expensive to the planner, and compiling them cost ~0.5 s per query on 100k parties while
    /// running them takes a fraction of that. Short OLTP queries never gain from JIT.
    /// </summary>
    public static string WithoutJit(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c jit=off" : builder.Options + " -c jit=off";
        }

        return builder.ConnectionString;
    }

    /// <summary>Options for a context made by hand (tests, tools, one-off jobs).</summary>
    public static DbContextOptions<CmsDb> Options(string connectionString, TimeProvider? time = null) =>
        (DbContextOptions<CmsDb>)Configure(new DbContextOptionsBuilder<CmsDb>(), connectionString, new AuditInterceptor(time ?? TimeProvider.System)).Options;
}
