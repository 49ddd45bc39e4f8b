using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Auditing;

namespace OutlookCms.Domain.Persistence.Configurations;

/// <summary>The audit log; deliberately without foreign keys, so nothing a cascade does can touch it.</summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(400);
        builder.Property(a => a.Before).HasColumnType("jsonb");
        builder.Property(a => a.After).HasColumnType("jsonb");
        builder.Property(a => a.Reason).HasMaxLength(2000);
        builder.Property(a => a.CorrelationId).HasMaxLength(200);
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.At });
        // Append-only, so `at` follows the physical order: BRIN serves time ranges for a fraction of a b-tree's insert cost.
        builder.HasIndex(a => a.At).HasMethod("brin");
        // "What did this user do?": system actors (capture, imports) have no user id, and their rows stay out of this index.
        builder.HasIndex(a => new { a.ActorUserId, a.At }).HasFilter("actor_user_id IS NOT NULL");
    }
}
