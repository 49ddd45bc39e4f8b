using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Outcomes;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class OutcomeInitiativeConfiguration : IEntityTypeConfiguration<OutcomeInitiative>
{
    public void Configure(EntityTypeBuilder<OutcomeInitiative> builder)
    {
        builder.ToTable("outcome_initiatives");
        builder.HasKey(t => new { t.OutcomeId, t.InitiativeId });
        builder.HasOne<Outcome>().WithMany().HasForeignKey(t => t.OutcomeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(t => t.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(t => t.TaggedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => t.InitiativeId);
    }
}
