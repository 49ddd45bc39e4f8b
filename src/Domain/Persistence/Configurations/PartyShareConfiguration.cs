using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class PartyShareConfiguration : IEntityTypeConfiguration<PartyShare>
{
    public void Configure(EntityTypeBuilder<PartyShare> builder)
    {
        builder.ToTable("party_shares", t =>
            t.HasCheckConstraint("ck_party_shares_user_xor_team", "num_nonnulls(shared_with_user_id, shared_with_team_id) = 1"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Reason).HasMaxLength(500);
        builder.HasOne<Party>().WithMany().HasForeignKey(s => s.PartyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(s => s.SharedWithUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Team>().WithMany().HasForeignKey(s => s.SharedWithTeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FirmUser>().WithMany().HasForeignKey(s => s.SharedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PartyId, s.SharedWithUserId });
        builder.HasIndex(s => new { s.PartyId, s.SharedWithTeamId });
        builder.HasIndex(s => s.SharedWithUserId);
        builder.HasIndex(s => s.SharedWithTeamId);
    }
}
