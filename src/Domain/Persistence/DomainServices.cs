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
            .UseNpgsql(Tuned(connectionString), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", CmsDb.Schema))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(auditInterceptor);
    }

    /// <summary>
    /// The session settings every connection of the product gets, unless the connection string already sets them:
    /// <list type="bullet">
    /// <item>PostgreSQL's JIT off: the access rule's plans look expensive to the planner, and compiling them cost
    /// ~0.5 s per query on 100k parties while running them takes a fraction of that. Short OLTP queries never gain.</item>
    /// <item>Npgsql's automatic preparation (a statement run twice on a connection is prepared there): the server then
    /// parses it once per connection, and a caller may let it keep one generic plan (see PaneApi).</item>
    /// </list>
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c jit=off" : builder.Options + " -c jit=off";
        }

        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    /// <summary>Statements kept prepared per connection: the product runs a few hundred distinct ones.</summary>
    public const int MaxAutoPrepare = 500;

    /// <summary>Options for a context made by hand (tests, tools, one-off jobs).</summary>
    public static DbContextOptions<CmsDb> Options(string connectionString, TimeProvider? time = null) =>
        (DbContextOptions<CmsDb>)Configure(new DbContextOptionsBuilder<CmsDb>(), connectionString, new AuditInterceptor(time ?? TimeProvider.System)).Options;
}
