using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Interactions;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Clients;

public sealed class CoverageBreachTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Breach_IsRecordedOncePerInteractionPartyAndRep()
    {
        var rep = Some.User(FirmRole.Rep);
        var client = Some.Person();
        client.Restrict();
        var call = Interaction.Log(Channel.PhoneCall, Direction.Outbound, Some.Now, null, "Call", null, rep.Id, Some.Now);
        call.AddParty(client.Id, ParticipantRole.To);
        await using (var db = database.NewDb())
        {
            db.AddRange(rep, client, call, new CoverageBreach(call.Id, client.Id, rep.Id, call.OccurredAt, Some.Now));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewDb())
        {
            db.CoverageBreaches.Add(new CoverageBreach(call.Id, client.Id, rep.Id, call.OccurredAt, Some.Now.AddHours(1)));
            var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(error.InnerException).SqlState);
        }

        await using var check = database.NewDb();
        Assert.Equal(1, await check.CoverageBreaches.CountAsync(b => b.RepId == rep.Id));
    }

    [Fact]
    public void Review_Throws_WhenTheRepReviewsTheirOwnBreach_OrTwice()
    {
        var repId = Guid.NewGuid();
        var breach = new CoverageBreach(Guid.NewGuid(), Guid.NewGuid(), repId, Some.Now, Some.Now);

        Assert.Throws<DomainRuleException>(() => breach.Review(repId, "fine", Some.Now));
        breach.Review(Guid.NewGuid(), "client called the wrong rep", Some.Now);
        Assert.Throws<DomainRuleException>(() => breach.Review(Guid.NewGuid(), "again", Some.Now));
        Assert.True(breach.IsReviewed);
    }

    [Fact]
    public void CoverageEnd_Throws_BeforeItsStartOrTwice()
    {
        var coverage = CoverageAssignment.ForParty(Guid.NewGuid(), Guid.NewGuid(), CoverageRole.Primary, Some.Now);

        Assert.Equal("to", Assert.Throws<DomainRuleException>(() => coverage.End(Some.Now.AddDays(-1))).Field);
        coverage.End(Some.Now.AddDays(1));
        Assert.Throws<DomainRuleException>(() => coverage.End(Some.Now.AddDays(2)));
        Assert.False(coverage.IsActive);
    }

    [Fact]
    public async Task Database_RefusesCoverageOfBothAPartyAndAHousehold()
    {
        var adviser = Some.User(FirmRole.Rep);
        var person = Some.Person();
        var household = new Household(Some.Unique("Household"), Money.Of(0m, "USD"));
        await using (var db = database.NewDb())
        {
            db.AddRange(adviser, person, household, CoverageAssignment.ForParty(person.Id, adviser.Id, CoverageRole.Primary, Some.Now));
            await db.SaveChangesAsync();
        }

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            database.ExecuteAsync($"UPDATE cms.coverage_assignments SET household_id = '{household.Id}' WHERE party_id = '{person.Id}'"));

        Assert.Equal("ck_coverage_party_xor_household", error.ConstraintName);
    }
}
