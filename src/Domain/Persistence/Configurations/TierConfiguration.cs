using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Clients;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class TierConfiguration : IEntityTypeConfiguration<Tier>
{
    public void Configure(EntityTypeBuilder<Tier> builder)
    {
        builder.ToTable("tiers", t => t.HasCheckConstraint("ck_tiers_cadence_positive",
            "cadence_min_every_days > 0 AND cadence_max_contacts > 0 AND cadence_window_days > 0"));
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Ignore(t => t.Cadence);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
