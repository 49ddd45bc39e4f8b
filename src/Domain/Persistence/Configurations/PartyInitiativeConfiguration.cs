using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Clients;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class PartyInitiativeConfiguration : IEntityTypeConfiguration<PartyInitiative>
{
    public void Configure(EntityTypeBuilder<PartyInitiative> builder)
    {
        builder.ToTable("party_initiatives");
        builder.HasKey(t => new { t.PartyId, t.InitiativeId });
        builder.HasOne<Party>().WithMany().HasForeignKey(t => t.PartyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(t => t.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(t => t.TaggedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => t.InitiativeId);
    }
}
