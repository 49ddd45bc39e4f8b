using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Firm;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class MailboxSubscriptionConfiguration : IEntityTypeConfiguration<MailboxSubscription>
{
    public void Configure(EntityTypeBuilder<MailboxSubscription> builder)
    {
        builder.ToTable("mailbox_subscriptions");
        builder.HasKey(s => new { s.FirmUserId, s.Stream });
        builder.Property(s => s.SubscriptionId).HasMaxLength(MailboxSubscription.SubscriptionIdMaxLength);
        builder.Property(s => s.ClientState).HasMaxLength(MailboxSubscription.ClientStateMaxLength);
        builder.Property(s => s.Resource).HasMaxLength(MailboxSubscription.ResourceMaxLength);
        builder.Property(s => s.LastError).HasMaxLength(MailboxSubscription.ErrorMaxLength);
        builder.Property(s => s.LastLifecycleEvent).HasMaxLength(MailboxSubscription.EventMaxLength);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(s => s.FirmUserId).OnDelete(DeleteBehavior.Cascade);
        // Every notification finds its subscription by Graph's id.
        builder.HasIndex(s => s.SubscriptionId).IsUnique();
    }
}

public sealed class MailboxSyncRequestConfiguration : IEntityTypeConfiguration<MailboxSyncRequest>
{
    public void Configure(EntityTypeBuilder<MailboxSyncRequest> builder)
    {
        builder.ToTable("mailbox_sync_requests");
        builder.HasKey(r => r.FirmUserId);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(r => r.FirmUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MailboxSyncStatusConfiguration : IEntityTypeConfiguration<MailboxSyncStatus>
{
    public void Configure(EntityTypeBuilder<MailboxSyncStatus> builder)
    {
        builder.ToTable("mailbox_sync_status");
        builder.HasKey(s => s.FirmUserId);
        builder.Property(s => s.LastError).HasMaxLength(MailboxSyncStatus.ErrorMaxLength);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(s => s.FirmUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
