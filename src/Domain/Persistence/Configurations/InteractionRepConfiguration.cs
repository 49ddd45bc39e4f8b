using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Interactions;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class InteractionRepConfiguration : IEntityTypeConfiguration<InteractionRep>
{
    public void Configure(EntityTypeBuilder<InteractionRep> builder)
    {
        builder.ToTable("interaction_reps");
        builder.HasKey(r => new { r.InteractionId, r.FirmUserId, r.Role });
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(r => r.FirmUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.FirmUserId, r.OccurredAt }).IsDescending(false, true);
    }
}
