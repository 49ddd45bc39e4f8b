using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Clients;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class PhoneConfiguration : IEntityTypeConfiguration<Phone>
{
    public const string DigitsColumn = "Digits";
    private const int NumberMaxDigits = Phone.NumberMaxLength;

    public void Configure(EntityTypeBuilder<Phone> builder)
    {
        builder.ToTable("phones");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Number).HasMaxLength(Phone.NumberMaxLength);
        builder.HasIndex(p => p.PartyId);
        // Search finds a number however it was written ("+41 44 123" and "044123" share digits): a stored digits-only
        // copy with a trigram index, read through EF.Property.
        builder.Property<string>(DigitsColumn).HasMaxLength(NumberMaxDigits)
            .HasComputedColumnSql("regexp_replace(number, '[^0-9]', '', 'g')", stored: true);
        builder.HasIndex(DigitsColumn).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_phones_digits_trgm");
    }
}
