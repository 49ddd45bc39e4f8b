using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Clients;

namespace OutlookCms.Domain.Persistence.Configurations;

/// <summary>People and organisations share one table, discriminated by <c>kind</c> (ADR 0002).</summary>
public sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> builder)
    {
        builder.ToTable("parties", t =>
        {
            t.HasCheckConstraint("ck_parties_cadence_all_or_none",
                "num_nulls(cadence_min_every_days, cadence_max_contacts, cadence_window_days) IN (0, 3)");
            t.HasCheckConstraint("ck_parties_cadence_positive",
                "cadence_min_every_days IS NULL OR (cadence_min_every_days > 0 AND cadence_max_contacts > 0 AND cadence_window_days > 0)");
            t.HasCheckConstraint("ck_parties_influence_weight", "influence_weight BETWEEN 0 AND 100");
            t.HasCheckConstraint("ck_parties_not_merged_into_itself", "merged_into_id <> id");
        });
        builder.HasKey(p => p.Id);
        builder.HasDiscriminator(p => p.Kind)
            .HasValue<Person>(PartyKind.Person)
            .HasValue<Organisation>(PartyKind.Organisation);
        builder.Property(p => p.DisplayName).HasMaxLength(Party.DisplayNameMaxLength);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Ignore(p => p.CadenceOverride);

        builder.HasMany(p => p.Emails).WithOne().HasForeignKey(e => e.PartyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Phones).WithOne().HasForeignKey(p => p.PartyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Addresses).WithOne().HasForeignKey(a => a.PartyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tier>().WithMany().HasForeignKey(p => p.TierId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Party>().WithMany().HasForeignKey(p => p.MergedIntoId).OnDelete(DeleteBehavior.Restrict);

        // Search as you type across names (issue 9): trigram GIN index.
        builder.HasIndex(p => p.DisplayName).HasMethod("gin").HasOperators("gin_trgm_ops")
            .HasDatabaseName("ix_parties_display_name_trgm");
        builder.HasIndex(p => p.TierId);
        builder.HasIndex(p => p.MergedIntoId).HasFilter("merged_into_id IS NOT NULL");
    }
}
