using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Clients;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class EmailAddressConfiguration : IEntityTypeConfiguration<EmailAddress>
{
    public void Configure(EntityTypeBuilder<EmailAddress> builder)
    {
        builder.ToTable("email_addresses", t => t.HasCheckConstraint("ck_email_addresses_lower", "address = lower(address)"));
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Address).HasMaxLength(MailAddressText.MaxLength);
        // Capture and the pane look parties up by address; the same address may (rarely) belong to two
        // parties, which matching reports as ambiguous, so it is unique per party only.
        builder.HasIndex(e => e.Address);
        // Search as you type finds any part of an address (a name, a domain): trigram GIN index.
        builder.HasIndex(e => e.Address, "ix_email_addresses_address_trgm").HasMethod("gin").HasOperators("gin_trgm_ops")
            .HasDatabaseName("ix_email_addresses_address_trgm");
        builder.HasIndex(e => new { e.PartyId, e.Address }).IsUnique();
        builder.HasIndex(e => e.PartyId).IsUnique().HasFilter("is_primary").HasDatabaseName("ux_email_addresses_one_primary");
    }
}
