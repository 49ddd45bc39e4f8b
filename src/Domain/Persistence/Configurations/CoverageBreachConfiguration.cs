using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Interactions;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class CoverageBreachConfiguration : IEntityTypeConfiguration<CoverageBreach>
{
    public void Configure(EntityTypeBuilder<CoverageBreach> builder)
    {
        builder.ToTable("coverage_breaches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.ReviewNote).HasMaxLength(2000);
        builder.Ignore(b => b.IsReviewed);
        builder.HasOne<Interaction>().WithMany().HasForeignKey(b => b.InteractionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Party>().WithMany().HasForeignKey(b => b.PartyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(b => b.RepId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(b => b.ReviewedById).OnDelete(DeleteBehavior.Restrict);
        // Detection is re-entrant: one breach per interaction, party and rep.
        builder.HasIndex(b => new { b.InteractionId, b.PartyId, b.RepId }).IsUnique();
        builder.HasIndex(b => new { b.RepId, b.OccurredAt });
        builder.HasIndex(b => b.PartyId);
    }
}
