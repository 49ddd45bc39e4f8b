using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Firm;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class FirmUserConfiguration : IEntityTypeConfiguration<FirmUser>
{
    public void Configure(EntityTypeBuilder<FirmUser> builder)
    {
        builder.ToTable("firm_users", t => t.HasCheckConstraint("ck_firm_users_email_lower", "email = lower(email)"));
        builder.HasKey(u => u.Id);
        builder.Property(u => u.DisplayName).HasMaxLength(FirmUser.DisplayNameMaxLength);
        builder.Property(u => u.Email).HasMaxLength(320);
        builder.Property(u => u.TimeZoneId).HasMaxLength(64);
        builder.Ignore(u => u.TimeZone);
        builder.HasIndex(u => u.EntraObjectId).IsUnique();
        builder.HasIndex(u => u.Email).IsUnique();
        builder.HasOne<Team>().WithMany().HasForeignKey(u => u.TeamId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(u => u.ManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}
