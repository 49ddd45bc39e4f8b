using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class CoverageAssignmentConfiguration : IEntityTypeConfiguration<CoverageAssignment>
{
    public void Configure(EntityTypeBuilder<CoverageAssignment> builder)
    {
        builder.ToTable("coverage_assignments", t =>
        {
            t.HasCheckConstraint("ck_coverage_party_xor_household", "num_nonnulls(party_id, household_id) = 1");
            t.HasCheckConstraint("ck_coverage_to_after_from", "to_at IS NULL OR to_at >= from_at");
        });
        builder.HasKey(c => c.Id);
        builder.Ignore(c => c.IsActive);
        builder.Property(c => c.From).HasColumnName("from_at");
        builder.Property(c => c.To).HasColumnName("to_at");
        builder.HasOne<Party>().WithMany().HasForeignKey(c => c.PartyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Household>().WithMany().HasForeignKey(c => c.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(c => c.AdviserId).OnDelete(DeleteBehavior.Restrict);
        // The access rule and the breach check ask "is this adviser covering this party now?".
        builder.HasIndex(c => new { c.PartyId, c.AdviserId }).HasFilter("to_at IS NULL").HasDatabaseName("ix_coverage_active_party");
        builder.HasIndex(c => new { c.HouseholdId, c.AdviserId }).HasFilter("to_at IS NULL").HasDatabaseName("ix_coverage_active_household");
        builder.HasIndex(c => c.AdviserId);
    }
}
