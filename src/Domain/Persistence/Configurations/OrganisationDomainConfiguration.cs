using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Clients;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class OrganisationDomainConfiguration : IEntityTypeConfiguration<OrganisationDomain>
{
    public void Configure(EntityTypeBuilder<OrganisationDomain> builder)
    {
        builder.ToTable("organisation_domains", t => t.HasCheckConstraint("ck_organisation_domains_lower", "domain = lower(domain)"));
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Domain).HasMaxLength(253);
        builder.HasIndex(d => d.Domain).IsUnique();
        builder.HasIndex(d => d.OrganisationId);
    }
}
