using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Scorecards;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class ClosedPeriodConfiguration : IEntityTypeConfiguration<ClosedPeriod>
{
    public void Configure(EntityTypeBuilder<ClosedPeriod> builder)
    {
        builder.ToTable("closed_periods", t => t.HasCheckConstraint("ck_closed_periods_period", "period ~ '^[0-9]{4}-(Q[1-4]|0[1-9]|1[0-2])$'"));
        builder.HasKey(p => p.Period);
        builder.Property(p => p.Period).HasMaxLength(7);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(p => p.ClosedById).OnDelete(DeleteBehavior.Restrict);
    }
}
