using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Firm;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class MailboxCursorConfiguration : IEntityTypeConfiguration<MailboxCursor>
{
    public void Configure(EntityTypeBuilder<MailboxCursor> builder)
    {
        builder.ToTable("mailbox_cursors");
        builder.HasKey(c => new { c.FirmUserId, c.Stream });
        builder.Property(c => c.Link).HasMaxLength(MailboxCursor.LinkMaxLength);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(c => c.FirmUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
