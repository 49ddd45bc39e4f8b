using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Bookings;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Outcomes;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class OutcomeConfiguration : IEntityTypeConfiguration<Outcome>
{
    public void Configure(EntityTypeBuilder<Outcome> builder)
    {
        builder.ToTable("outcomes", t =>
        {
            t.HasCheckConstraint("ck_outcomes_amount_positive", "amount > 0");
            t.HasCheckConstraint("ck_outcomes_currency", "currency ~ '^[A-Z]{3}$'");
            t.HasCheckConstraint("ck_outcomes_party_or_household", "num_nonnulls(party_id, household_id) >= 1");
            // Separation of duties, also in the database: nobody decides on an outcome they reported.
            t.HasCheckConstraint("ck_outcomes_decider_is_not_reporter", "decided_by_id IS NULL OR decided_by_id <> reported_by_id");
            t.HasCheckConstraint("ck_outcomes_decided_have_decider",
                "status NOT IN ('Confirmed', 'Rejected') OR (decided_by_id IS NOT NULL AND decided_at IS NOT NULL)");
        });
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(o => o.Evidence).HasMaxLength(Outcome.TextMaxLength);
        builder.Property(o => o.DecisionReason).HasMaxLength(Outcome.TextMaxLength);
        builder.Property(o => o.Notes).HasMaxLength(Outcome.TextMaxLength);
        builder.Property(o => o.Version).IsRowVersion();
        builder.Ignore(o => o.Value);

        builder.HasMany(o => o.Interactions).WithOne().HasForeignKey(i => i.OutcomeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Party>().WithMany().HasForeignKey(o => o.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Household>().WithMany().HasForeignKey(o => o.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(o => o.ReportedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(o => o.DecidedById).OnDelete(DeleteBehavior.Restrict);

        // One booking confirms at most one outcome.
        builder.HasOne<BookedActivity>().WithMany().HasForeignKey(o => o.EvidenceBookingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.EvidenceBookingId).IsUnique().HasFilter("evidence_booking_id IS NOT NULL");

        builder.HasIndex(o => o.PartyId);
        builder.HasIndex(o => o.HouseholdId);
        builder.HasIndex(o => new { o.ReportedById, o.ReportedAt });
        builder.HasIndex(o => new { o.Status, o.ReportedAt });
    }
}
