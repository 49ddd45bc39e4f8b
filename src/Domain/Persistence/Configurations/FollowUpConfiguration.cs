using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Interactions;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.ToTable("follow_ups", t =>
        {
            t.HasCheckConstraint("ck_follow_ups_closed_have_time", "status NOT IN ('Completed', 'AutoClosed') OR closed_at IS NOT NULL");
            t.HasCheckConstraint("ck_follow_ups_snoozed_have_until", "status <> 'Snoozed' OR snoozed_until IS NOT NULL");
            t.HasCheckConstraint("ck_follow_ups_rules_have_key", "reason = 'Manual' OR rule_key IS NOT NULL");
        });
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Title).HasMaxLength(500);
        builder.Property(f => f.RuleKey).HasMaxLength(FollowUp.RuleKeyMaxLength);
        builder.Property(f => f.ClosedHow).HasMaxLength(FollowUp.TextMaxLength);
        builder.Property(f => f.SnoozeReason).HasMaxLength(FollowUp.TextMaxLength);
        builder.Property(f => f.Version).IsRowVersion();
        builder.Ignore(f => f.IsClosed);

        builder.HasOne<Party>().WithMany().HasForeignKey(f => f.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(f => f.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(f => f.ClosedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Interaction>().WithMany().HasForeignKey(f => f.SourceInteractionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Interaction>().WithMany().HasForeignKey(f => f.ClosingInteractionId).OnDelete(DeleteBehavior.Restrict);

        // Rules are re-entrant: the same derivation cannot create a second follow-up.
        builder.HasIndex(f => f.RuleKey).IsUnique().HasFilter("rule_key IS NOT NULL");
        // "My follow-ups, overdue first" and the daily digest scan.
        builder.HasIndex(f => new { f.OwnerId, f.Status, f.DueAt });
        builder.HasIndex(f => new { f.PartyId, f.Status });
        // The open ones by rule: each rule's close and the cadence rule's "already open" read them, not the closed history.
        builder.HasIndex(f => new { f.Reason, f.PartyId }).HasFilter("status = 'Open' OR status = 'Snoozed'")
            .IncludeProperties(f => new { f.Id, f.SourceInteractionId, f.DueAt });
        // A digest's first hundred open follow-ups of an owner, in due order, without sorting all of them.
        builder.HasIndex(f => new { f.OwnerId, f.DueAt }).HasFilter("status = 'Open' OR status = 'Snoozed'")
            .IncludeProperties(f => new { f.SnoozedUntil });
        builder.HasIndex(f => f.SourceInteractionId).HasFilter("source_interaction_id IS NOT NULL");
        // The foreign keys' own indexes hold only the closed ones: every new follow-up has neither, and a rule run may
        // create thousands at once (12,662 on a first run at 100k parties), each otherwise one more entry in both.
        builder.HasIndex(f => f.ClosedById).HasFilter("closed_by_id IS NOT NULL");
        builder.HasIndex(f => f.ClosingInteractionId).HasFilter("closing_interaction_id IS NOT NULL");
    }
}
