using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Interactions;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class CaptureProspectConfiguration : IEntityTypeConfiguration<ProposedProspect>
{
    public void Configure(EntityTypeBuilder<ProposedProspect> builder)
    {
        builder.ToTable("proposed_prospects", t =>
        {
            t.HasCheckConstraint("ck_proposed_prospects_address_lower", "address = lower(address)");
            t.HasCheckConstraint("ck_proposed_prospects_count_positive", "message_count > 0");
        });
        builder.HasKey(p => p.Address);
        builder.Property(p => p.Address).HasMaxLength(MailAddressText.MaxLength);
        builder.Property(p => p.Domain).HasMaxLength(253);
        builder.Property(p => p.DisplayName).HasMaxLength(ProposedProspect.DisplayNameMaxLength);
        builder.HasOne<Party>().WithMany().HasForeignKey(p => p.PartyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(p => p.ReviewedById).OnDelete(DeleteBehavior.Restrict);
        // The review queue: proposed first, most active first.
        builder.HasIndex(p => new { p.Status, p.LastSeenAt }).IsDescending(false, true);
    }
}
