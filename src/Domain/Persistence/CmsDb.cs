using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Bookings;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Imports;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Outcomes;

namespace OutlookCms.Domain.Persistence;

/// <summary>
/// The one database of the product (schema <c>cms</c>, snake_case names, enums as strings).
/// Endpoints and jobs use it directly; every change to an <see cref="IAudited"/> entity is audited on save.
/// </summary>
public sealed class CmsDb(DbContextOptions<CmsDb> options, IAuditActor auditActor) : DbContext(options)
{
    public const string Schema = "cms";

    /// <summary>Who the audit rows written by this context name as the actor.</summary>
    public IAuditActor AuditActor { get; } = auditActor;

    /// <summary>Written into the audit rows of the next saves (e.g. "merge of duplicate parties"); null for none.</summary>
    public string? AuditReason { get; set; }

    /// <summary>Audit rows the interceptor added to the save in progress.</summary>
    internal List<AuditEntry> PendingAudit { get; } = [];

    public DbSet<FirmUser> FirmUsers => Set<FirmUser>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Party> Parties => Set<Party>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<EmailAddress> EmailAddresses => Set<EmailAddress>();

    public DbSet<Phone> Phones => Set<Phone>();

    public DbSet<PostalAddress> PostalAddresses => Set<PostalAddress>();

    public DbSet<OrganisationDomain> OrganisationDomains => Set<OrganisationDomain>();

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Household> Households => Set<Household>();

    public DbSet<Tier> Tiers => Set<Tier>();

    public DbSet<CoverageAssignment> CoverageAssignments => Set<CoverageAssignment>();

    public DbSet<PartyShare> PartyShares => Set<PartyShare>();

    public DbSet<CoverageBreach> CoverageBreaches => Set<CoverageBreach>();

    public DbSet<MailboxCursor> MailboxCursors => Set<MailboxCursor>();

    public DbSet<MailboxSubscription> MailboxSubscriptions => Set<MailboxSubscription>();

    public DbSet<MailboxSyncRequest> MailboxSyncRequests => Set<MailboxSyncRequest>();

    public DbSet<MailboxSyncStatus> MailboxSyncStatuses => Set<MailboxSyncStatus>();

    public DbSet<CaptureDecision> CaptureDecisions => Set<CaptureDecision>();

    public DbSet<QuarantinedItem> QuarantinedItems => Set<QuarantinedItem>();

    public DbSet<ProposedProspect> ProposedProspects => Set<ProposedProspect>();

    public DbSet<ProspectSighting> ProspectSightings => Set<ProspectSighting>();

    public DbSet<Interaction> Interactions => Set<Interaction>();

    public DbSet<InteractionParty> InteractionParties => Set<InteractionParty>();

    public DbSet<InteractionRep> InteractionReps => Set<InteractionRep>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    public DbSet<FollowUps.Digests.Digest> Digests => Set<FollowUps.Digests.Digest>();

    public DbSet<Outcome> Outcomes => Set<Outcome>();

    public DbSet<OutcomeInteraction> OutcomeInteractions => Set<OutcomeInteraction>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();

    public DbSet<PartyInitiative> PartyInitiatives => Set<PartyInitiative>();

    public DbSet<InteractionInitiative> InteractionInitiatives => Set<InteractionInitiative>();

    public DbSet<OutcomeInitiative> OutcomeInitiatives => Set<OutcomeInitiative>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Material> Materials => Set<Material>();

    public DbSet<MaterialSent> MaterialsSent => Set<MaterialSent>();

    public DbSet<Import> Imports => Set<Import>();

    public DbSet<ClientBook.PartyExternalKey> PartyExternalKeys => Set<ClientBook.PartyExternalKey>();

    public DbSet<BookedActivity> BookedActivities => Set<BookedActivity>();

    public DbSet<Scorecards.ClosedPeriod> ClosedPeriods => Set<Scorecards.ClosedPeriod>();

    public DbSet<Scorecards.ScorecardSnapshot> ScorecardSnapshots => Set<Scorecards.ScorecardSnapshot>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Applies the committed migrations (hosts call it on start; concurrent callers are serialised by EF's migration lock).</summary>
    public Task MigrateAsync(CancellationToken cancellationToken) => Database.MigrateAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CmsDb).Assembly);

        // Entities make their own ids (Guid v7) so related rows can be linked before saving;
        // EF must never treat a set key as "already stored".
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(t => t.FindPrimaryKey()).OfType<IMutableKey>())
        {
            if (key.Properties is [{ ClrType: var clrType } property] && clrType == typeof(Guid))
            {
                property.ValueGenerated = ValueGenerated.Never;
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
