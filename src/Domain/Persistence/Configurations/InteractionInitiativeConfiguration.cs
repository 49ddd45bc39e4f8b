using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Interactions;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class InteractionInitiativeConfiguration : IEntityTypeConfiguration<InteractionInitiative>
{
    public void Configure(EntityTypeBuilder<InteractionInitiative> builder)
    {
        builder.ToTable("interaction_initiatives");
        builder.HasKey(t => new { t.InteractionId, t.InitiativeId });
        builder.HasOne<Interaction>().WithMany().HasForeignKey(t => t.InteractionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(t => t.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(t => t.TaggedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => t.InitiativeId);
    }
}
