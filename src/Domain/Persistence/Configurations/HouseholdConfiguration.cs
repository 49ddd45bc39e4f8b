using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Clients;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> builder)
    {
        builder.ToTable("households", t =>
        {
            t.HasCheckConstraint("ck_households_assets_not_negative", "assets_amount >= 0");
            t.HasCheckConstraint("ck_households_assets_currency", "assets_currency ~ '^[A-Z]{3}$'");
        });
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Name).HasMaxLength(Household.NameMaxLength);
        builder.Property(h => h.AssetsCurrency).HasMaxLength(3).IsFixedLength();
        builder.Ignore(h => h.AssetsWithUs);
        builder.HasOne<Tier>().WithMany().HasForeignKey(h => h.TierId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(h => h.Name).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_households_name_trgm");
        builder.HasIndex(h => h.TierId);
    }
}
