using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Marketing;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class MaterialSentConfiguration : IEntityTypeConfiguration<MaterialSent>
{
    public void Configure(EntityTypeBuilder<MaterialSent> builder)
    {
        builder.ToTable("materials_sent");
        builder.HasKey(m => m.Id);
        builder.HasOne<Material>().WithMany().HasForeignKey(m => m.MaterialId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Party>().WithMany().HasForeignKey(m => m.PartyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(m => m.SentById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Interaction>().WithMany().HasForeignKey(m => m.InteractionId).OnDelete(DeleteBehavior.SetNull);
        // "Who already has the brochure for product X?" and "what did this client receive?".
        builder.HasIndex(m => new { m.MaterialId, m.PartyId });
        builder.HasIndex(m => new { m.PartyId, m.SentAt });
        builder.HasIndex(m => m.InteractionId);
    }
}
