using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Imports;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class ImportConfiguration : IEntityTypeConfiguration<Import>
{
    public void Configure(EntityTypeBuilder<Import> builder)
    {
        builder.ToTable("imports", t =>
        {
            t.HasCheckConstraint("ck_imports_sha256", "sha256 ~ '^[0-9a-f]{64}$'");
            t.HasCheckConstraint("ck_imports_counts",
                "rows_done >= 0 AND created >= 0 AND matched >= 0 AND rejected >= 0 AND (status NOT IN ('Succeeded', 'Checked') OR created + matched = rows_done)");
        });
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Kind).HasMaxLength(Import.KindMaxLength);
        builder.Property(i => i.FileName).HasMaxLength(Import.FileNameMaxLength);
        builder.Property(i => i.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(i => i.Message).HasMaxLength(Import.MessageMaxLength);
        builder.Property(i => i.ErrorsJson).HasColumnName("errors").HasColumnType("jsonb");
        builder.Ignore(i => i.Errors);
        builder.Property(i => i.PlanJson).HasColumnName("plan").HasColumnType("jsonb");
        builder.Ignore(i => i.Plan);
        builder.Ignore(i => i.IsFinished);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(i => i.ById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Import>().WithMany().HasForeignKey(i => i.SameAsImportId).OnDelete(DeleteBehavior.Restrict);

        // Re-importing the same content changes nothing: at most one successful import per kind and file content.
        builder.HasIndex(i => new { i.Kind, i.Sha256 }).IsUnique().HasFilter("status = 'Succeeded'")
            .HasDatabaseName(ImportRunner.OneSuccessPerContent);
        builder.HasIndex(i => new { i.Kind, i.QueuedAt });
    }
}
