using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Persistence;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Persistence;

public sealed class DomainServicesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    /// <summary>Like a web host's current user: it needs the context to know who it is.</summary>
    private sealed class SignedInUser(CmsDb db) : IAuditActor
    {
        public Guid? UserId { get; } = Guid.NewGuid();

        public string DisplayName => $"user of {db.GetType().Name}";

        public string? CorrelationId => "request-7";
    }

    [Fact]
    public async Task AddCmsDb_AuditsAsTheScopesActor_EvenWhenTheActorNeedsTheContext()
    {
        var clock = new FakeTimeProvider(Some.Now);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddCmsDb(database.ConnectionString);
        services.AddScoped<SignedInUser>();
        services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<SignedInUser>());
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        var tier = new Tier(Some.Unique("Tier"), 1, new CadencePolicy(30, 3, 7));
        Guid? actorId;
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDb>();
            actorId = scope.ServiceProvider.GetRequiredService<IAuditActor>().UserId;
            db.Tiers.Add(tier);
            await db.SaveChangesAsync();
        }

        await using var check = database.NewDb();
        var entry = await check.AuditEntries.SingleAsync(a => a.EntityId == tier.Id.ToString());
        Assert.Equal(actorId, entry.ActorUserId);
        Assert.Equal("user of CmsDb", entry.ActorName);
        Assert.Equal("request-7", entry.CorrelationId);
        Assert.Equal(Some.Now, entry.At);
    }

    [Fact]
    public async Task CmsDb_RunsTuned_UnlessTheConnectionStringSaysOtherwise()
    {
        await using var db = database.NewDb();

        Assert.Equal("off", await db.Database.SqlQuery<string>($"SELECT current_setting('jit') AS \"Value\"").SingleAsync());
        Assert.Contains("-c jit=on", DomainServices.Tuned("Host=h;Options=-c jit=on"), StringComparison.Ordinal);
        Assert.Contains("-c search_path=x -c jit=off", DomainServices.Tuned("Host=h;Options=-c search_path=x"), StringComparison.Ordinal);

        Assert.Equal(DomainServices.MaxAutoPrepare, new NpgsqlConnectionStringBuilder(DomainServices.Tuned("Host=h")).MaxAutoPrepare);
        Assert.Equal(20, new NpgsqlConnectionStringBuilder(DomainServices.Tuned("Host=h;Max Auto Prepare=20")).MaxAutoPrepare);
    }

    [Fact]
    public async Task AddCmsDb_SaysWhatIsMissing_WhenNoActorIsRegistered()
    {
        var services = new ServiceCollection();
        services.AddCmsDb(database.ConnectionString);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDb>();
        db.Tiers.Add(new Tier(Some.Unique("Tier"), 1, new CadencePolicy(30, 3, 7)));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("IAuditActor", error.Message, StringComparison.Ordinal);
    }
}
