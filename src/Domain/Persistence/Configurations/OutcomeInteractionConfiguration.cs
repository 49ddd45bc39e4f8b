using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Outcomes;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class OutcomeInteractionConfiguration : IEntityTypeConfiguration<OutcomeInteraction>
{
    public void Configure(EntityTypeBuilder<OutcomeInteraction> builder)
    {
        builder.ToTable("outcome_interactions");
        builder.HasKey(o => new { o.OutcomeId, o.InteractionId });
        builder.HasOne<Interaction>().WithMany().HasForeignKey(o => o.InteractionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.InteractionId);
    }
}
