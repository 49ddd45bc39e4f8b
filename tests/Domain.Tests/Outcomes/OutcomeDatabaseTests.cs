using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Outcomes;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Outcomes;

public sealed class OutcomeDatabaseTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Database_RefusesAnOutcomeDecidedByItsReporter()
    {
        var (rep, outcome) = await ReportedAsync();

        // Code that bypasses the entity still cannot confirm its own outcome.
        var error = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync($"""
            UPDATE cms.outcomes SET status = 'Confirmed', decided_by_id = '{rep.Id}', decided_at = now(), evidence = 'self'
            WHERE id = '{outcome.Id}'
            """));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        Assert.Equal("ck_outcomes_decider_is_not_reporter", error.ConstraintName);
    }

    [Theory]
    [InlineData("amount = 0", "ck_outcomes_amount_positive")]
    [InlineData("amount = -5", "ck_outcomes_amount_positive")]
    [InlineData("currency = 'eur'", "ck_outcomes_currency")]
    [InlineData("party_id = NULL", "ck_outcomes_party_or_household")]
    [InlineData("status = 'Confirmed'", "ck_outcomes_decided_have_decider")]
    public async Task Database_RefusesAnInvalidOutcome(string change, string constraint)
    {
        var (_, outcome) = await ReportedAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            database.ExecuteAsync($"UPDATE cms.outcomes SET {change} WHERE id = '{outcome.Id}'"));

        Assert.Equal(constraint, error.ConstraintName);
    }

    [Fact]
    public async Task ReportingLineOfAsync_WalksEveryManagerUpTheLine()
    {
        var top = Some.User(FirmRole.Manager);
        var middle = Some.User(FirmRole.Manager, manager: top);
        var rep = Some.User(FirmRole.Rep, manager: middle);
        await using (var db = database.NewDb())
        {
            db.FirmUsers.AddRange(top, middle, rep);
            await db.SaveChangesAsync();
        }

        await using var check = database.NewDb();
        var line = await check.ReportingLineOfAsync(rep.Id, CancellationToken.None);

        Assert.Equal(rep.Id, line.UserId);
        Assert.Equal([middle.Id, top.Id], line.ManagerIds);
        Assert.Empty((await check.ReportingLineOfAsync(top.Id, CancellationToken.None)).ManagerIds);
    }

    [Fact]
    public async Task Amount_RoundTripsAsNumeric18_2()
    {
        var (_, outcome) = await ReportedAsync(1_234_567_890_123_456.78m);

        await using var check = database.NewDb();
        Assert.Equal(1_234_567_890_123_456.78m, (await check.Outcomes.SingleAsync(o => o.Id == outcome.Id)).Amount);
    }

    [Fact]
    public void Money_Throws_WhenAmountHasMoreThanTwoDecimals()
    {
        Assert.Equal("amount", Assert.Throws<DomainRuleException>(() => Money.Positive(10.005m, "EUR")).Field);
    }

    private async Task<(FirmUser Rep, Outcome Outcome)> ReportedAsync(decimal amount = 500_000m)
    {
        var rep = Some.User(FirmRole.Rep);
        var person = Some.Person();
        var outcome = Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(amount, "EUR"), new DateOnly(2025, 6, 30), person.Id, null, rep.Id, Some.Now);
        await using var db = database.NewDb();
        db.AddRange(rep, person, outcome);
        await db.SaveChangesAsync();
        return (rep, outcome);
    }
}
