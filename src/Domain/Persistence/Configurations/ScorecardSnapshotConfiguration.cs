using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Scorecards;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class ScorecardSnapshotConfiguration : IEntityTypeConfiguration<ScorecardSnapshot>
{
    public void Configure(EntityTypeBuilder<ScorecardSnapshot> builder)
    {
        builder.ToTable("scorecard_snapshots");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Period).HasMaxLength(7);
        builder.Property(s => s.ScorecardJson).HasColumnName("scorecard").HasColumnType("jsonb");
        builder.Ignore(s => s.Scorecard);
        builder.HasOne<ClosedPeriod>().WithMany().HasForeignKey(s => s.Period).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(s => s.RepId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.Period, s.RepId }).IsUnique();
    }
}
