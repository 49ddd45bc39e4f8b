using Microsoft.EntityFrameworkCore.Design;
using OutlookCms.Domain.Auditing;

namespace OutlookCms.Domain.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a host.</summary>
public sealed class CmsDbDesignTimeFactory : IDesignTimeDbContextFactory<CmsDb>
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=55432;Username=outlookcms;Database=outlookcms";

    public CmsDb CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__OutlookCms") ?? DefaultConnectionString;
        return new CmsDb(DomainServices.Options(connectionString), new SystemAuditActor("dotnet-ef"));
    }
}
