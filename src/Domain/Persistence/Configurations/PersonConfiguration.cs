using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookCms.Domain.Clients;

namespace OutlookCms.Domain.Persistence.Configurations;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.GivenName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.FamilyName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.JobTitle).HasMaxLength(200);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Office>().WithMany().HasForeignKey(p => p.OfficeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.ReportsToId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Household>().WithMany().HasForeignKey(p => p.HouseholdId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => p.OrganisationId);
        builder.HasIndex(p => p.ReportsToId);
        builder.HasIndex(p => p.HouseholdId);
        builder.HasIndex(p => p.DepartmentId);
        // Restricted parties (people and organisations: one table): the coverage-breach rule starts from them and reads
        // what it needs here, not from the table. Declared on Person because only people have a household.
        builder.HasIndex(p => p.Id).HasFilter("is_restricted").HasDatabaseName("ix_parties_restricted")
            .IncludeProperties(p => new { p.HouseholdId, p.MergedIntoId });
    }
}
