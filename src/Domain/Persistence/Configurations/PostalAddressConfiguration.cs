using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Clients;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class PostalAddressConfiguration : IEntityTypeConfiguration<PostalAddress>
{
    public void Configure(EntityTypeBuilder<PostalAddress> builder)
    {
        builder.ToTable("postal_addresses", t => t.HasCheckConstraint("ck_postal_addresses_country", "country_code ~ '^[A-Z]{2}$'"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Line1).HasMaxLength(PostalAddress.LineMaxLength);
        builder.Property(a => a.Line2).HasMaxLength(PostalAddress.LineMaxLength);
        builder.Property(a => a.Line3).HasMaxLength(PostalAddress.LineMaxLength);
        builder.Property(a => a.City).HasMaxLength(100);
        builder.Property(a => a.Region).HasMaxLength(100);
        builder.Property(a => a.Postcode).HasMaxLength(20);
        builder.Property(a => a.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Ignore(a => a.Lines);
        builder.HasIndex(a => new { a.PartyId, a.Kind });
    }
}
