using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <summary>
    /// A party with a contact after "now" (a meeting booked ahead) had its timeline walked by every reader asking "as of
    /// now": about one client in five at a firm. Each stored row now also keeps, as of the instant it was refreshed
    /// (<c>as_of</c>), the newest contact up to then (<c>past_at</c>) and the first one after (<c>next_at</c>): until
    /// <c>next_at</c> comes, the newest contact as of any later instant is <c>past_at</c>. The refresh takes up, besides
    /// the queued parties, those whose <c>next_at</c> has come and those never refreshed with a contact ahead.
    /// </summary>
    public partial class PartyContactsAroundNow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE cms.party_last_contacts
                    ADD COLUMN as_of timestamptz,
                    ADD COLUMN past_at timestamptz,
                    ADD COLUMN next_at timestamptz;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE cms.party_last_contacts DROP COLUMN as_of, DROP COLUMN past_at, DROP COLUMN next_at;
                """);
        }
    }
}
