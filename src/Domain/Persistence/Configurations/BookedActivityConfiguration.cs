using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Bookings;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Imports;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class BookedActivityConfiguration : IEntityTypeConfiguration<BookedActivity>
{
    public void Configure(EntityTypeBuilder<BookedActivity> builder)
    {
        builder.ToTable("booked_activities", t =>
        {
            t.HasCheckConstraint("ck_booked_activities_amount_positive", "amount > 0");
            t.HasCheckConstraint("ck_booked_activities_currency", "currency ~ '^[A-Z]{3}$'");
            t.HasCheckConstraint("ck_booked_activities_party_or_household", "num_nonnulls(party_id, household_id) >= 1");
        });
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Account).HasMaxLength(BookedActivity.AccountMaxLength);
        builder.Property(b => b.Reference).HasMaxLength(BookedActivity.ReferenceMaxLength);
        builder.Property(b => b.Currency).HasMaxLength(3).IsFixedLength();
        builder.HasOne<Party>().WithMany().HasForeignKey(b => b.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Household>().WithMany().HasForeignKey(b => b.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Import>().WithMany().HasForeignKey(b => b.ImportId).OnDelete(DeleteBehavior.Restrict);

        // The natural key: the same booking imported twice is one row.
        builder.HasIndex(b => new { b.Account, b.Reference, b.BookedOn, b.Type, b.Amount, b.Currency }).IsUnique();
        // What matching asks: a party's (or household's) inflows around a date.
        builder.HasIndex(b => new { b.PartyId, b.BookedOn }).HasFilter("party_id IS NOT NULL");
        builder.HasIndex(b => new { b.HouseholdId, b.BookedOn }).HasFilter("household_id IS NOT NULL");
        builder.HasIndex(b => b.ImportId);
    }
}
