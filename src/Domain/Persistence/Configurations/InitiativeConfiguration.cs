using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Marketing;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.ToTable("initiatives", t =>
        {
            t.HasCheckConstraint("ck_initiatives_cost_not_negative", "cost_amount >= 0");
            t.HasCheckConstraint("ck_initiatives_cost_currency", "cost_currency ~ '^[A-Z]{3}$'");
            t.HasCheckConstraint("ck_initiatives_ends_after_start", "ends_on IS NULL OR ends_on >= starts_on");
        });
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.CostCurrency).HasMaxLength(3).IsFixedLength();
        builder.Ignore(i => i.Cost);
        builder.HasOne<Product>().WithMany().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.Name).IsUnique();
        builder.HasIndex(i => new { i.ProductId, i.StartsOn });
    }
}
