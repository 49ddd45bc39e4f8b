using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Interactions;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class CaptureDecisionConfiguration : IEntityTypeConfiguration<CaptureDecision>
{
    public void Configure(EntityTypeBuilder<CaptureDecision> builder)
    {
        builder.ToTable("capture_decisions");
        // The item's own key (no surrogate id: one index less on the hottest insert of capture). Bulk upserts replace the
        // decision of an item seen again (replays, resyncs).
        builder.HasKey(d => new { d.FirmUserId, d.Stream, d.GraphItemId });
        builder.Property(d => d.GraphItemId).HasMaxLength(CaptureDecision.GraphIdMaxLength);
        builder.Property(d => d.InternetMessageId).HasMaxLength(Interaction.KeyMaxLength);
        builder.Property(d => d.Sender).HasMaxLength(MailAddressText.MaxLength);
        builder.Property(d => d.Subject).HasMaxLength(Interaction.SubjectMaxLength);
        builder.Property(d => d.Detail).HasMaxLength(CaptureDecision.DetailMaxLength);
        builder.Ignore(d => d.IsCaptured);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(d => d.FirmUserId).OnDelete(DeleteBehavior.Cascade);
        // No foreign key to the interaction: the decision explains what happened even if the interaction is later removed by retention.

        // "What happened to this email?" by Message-ID, sender or subject (trigram, for partial subjects).
        builder.HasIndex(d => d.InternetMessageId);
        builder.HasIndex(d => new { d.Sender, d.At });
        builder.HasIndex(d => d.Subject).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_capture_decisions_subject_trgm");
        // Retention purges by age. Rows arrive in time order, so a BRIN index (a few pages for millions of rows) serves the
        // range scan at a fraction of a b-tree's insert cost. No index on interaction_id: an interaction's decisions are
        // found by its key (InternetMessageId holds the email's Message-ID or the meeting key).
        builder.HasIndex(d => d.At).HasMethod("brin");
    }
}
