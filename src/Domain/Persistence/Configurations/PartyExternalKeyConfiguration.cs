using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.ClientBook;
using OutlookCms.Domain.Clients;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class PartyExternalKeyConfiguration : IEntityTypeConfiguration<PartyExternalKey>
{
    public void Configure(EntityTypeBuilder<PartyExternalKey> builder)
    {
        builder.ToTable("party_external_keys");
        builder.HasKey(k => k.ExternalId);
        builder.Property(k => k.ExternalId).HasMaxLength(PartyExternalKey.MaxLength);
        builder.HasOne<Party>().WithMany().HasForeignKey(k => k.PartyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => k.PartyId);
    }
}
