using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PartyHistoryIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A party's history (GET /api/parties/{id}/history) finds its contact details' audit rows by the party id
            // they carry; an expression index EF's model cannot describe, so it lives only here.
            migrationBuilder.Sql("""
                CREATE INDEX ix_audit_entries_party_detail ON cms.audit_entries ((coalesce(after->>'partyId', before->>'partyId')), at)
                WHERE entity_type IN ('EmailAddress', 'Phone', 'PostalAddress')
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX cms.ix_audit_entries_party_detail");
        }
    }
}
