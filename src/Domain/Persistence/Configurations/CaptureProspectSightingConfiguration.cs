using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Interactions;

namespace OutlookCms.Domain.Persistence.Configurations;

/// <summary>No foreign key to the prospect: capture writes sightings and counts in one statement.</summary>
public sealed class CaptureProspectSightingConfiguration : IEntityTypeConfiguration<ProspectSighting>
{
    public void Configure(EntityTypeBuilder<ProspectSighting> builder)
    {
        builder.ToTable("prospect_sightings");
        builder.HasKey(s => new { s.Address, s.InternetMessageId });
        builder.Property(s => s.Address).HasMaxLength(MailAddressText.MaxLength);
        builder.Property(s => s.InternetMessageId).HasMaxLength(Interaction.KeyMaxLength);
    }
}
