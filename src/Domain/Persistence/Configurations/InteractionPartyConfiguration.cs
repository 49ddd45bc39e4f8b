using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Interactions;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class InteractionPartyConfiguration : IEntityTypeConfiguration<InteractionParty>
{
    public void Configure(EntityTypeBuilder<InteractionParty> builder)
    {
        builder.ToTable("interaction_parties");
        builder.HasKey(p => new { p.InteractionId, p.PartyId, p.Role });
        builder.Property(p => p.MatchedAddress).HasMaxLength(320);
        builder.HasOne<Party>().WithMany().HasForeignKey(p => p.PartyId).OnDelete(DeleteBehavior.Restrict);
        // A party's timeline and its last contact (cadence): newest first.
        builder.HasIndex(p => new { p.PartyId, p.OccurredAt }).IsDescending(false, true);
        // Every party's contacts in a window (cadence of a whole book or firm) from the index alone.
        builder.HasIndex(p => p.OccurredAt).IncludeProperties(p => new { p.PartyId, p.InteractionId });
    }
}
