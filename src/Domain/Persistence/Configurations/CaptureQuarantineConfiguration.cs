using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Interactions;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class CaptureQuarantineConfiguration : IEntityTypeConfiguration<QuarantinedItem>
{
    public void Configure(EntityTypeBuilder<QuarantinedItem> builder)
    {
        builder.ToTable("quarantined_items");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.GraphItemId).HasMaxLength(CaptureDecision.GraphIdMaxLength);
        builder.Property(q => q.InternetMessageId).HasMaxLength(Interaction.KeyMaxLength);
        builder.Property(q => q.Detail).HasMaxLength(CaptureDecision.DetailMaxLength);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(q => q.FirmUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(q => new { q.FirmUserId, q.Stream, q.GraphItemId }).IsUnique();
        builder.HasIndex(q => q.QuarantinedAt).HasFilter("released_at IS NULL").HasDatabaseName("ix_quarantined_items_open");
    }
}
