using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps.Digests;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class DigestConfiguration : IEntityTypeConfiguration<Digest>
{
    public void Configure(EntityTypeBuilder<Digest> builder)
    {
        builder.ToTable("digests", t =>
        {
            t.HasCheckConstraint("ck_digests_draft_has_id", "status = 'Claimed' OR draft_message_id IS NOT NULL");
            t.HasCheckConstraint("ck_digests_sent_has_time", "status <> 'Sent' OR sent_at IS NOT NULL");
        });
        builder.HasKey(d => d.Id);
        builder.Property(d => d.DraftMessageId).HasMaxLength(Digest.MessageIdMaxLength);
        builder.Property(d => d.Worker).HasMaxLength(Digest.WorkerMaxLength);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(d => d.RecipientId).OnDelete(DeleteBehavior.Restrict);

        // The exactly-once key: one digest per person and local day, however many workers try.
        builder.HasIndex(d => new { d.RecipientId, d.LocalDate }).IsUnique();
    }
}
