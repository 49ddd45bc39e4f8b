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
    [InlineData(1)]
    [InlineData(2)]
    public async Task Database_RefusesADecisionBySomeoneUpTheReportersLine_EvenWhenTheEntityIsBypassed(int levelsUp)
    {
        // Controllers as managers, so only the reporting line (not the role) makes them ineligible.
        var top = Some.User(FirmRole.Controller);
        var middle = Some.User(FirmRole.Controller, manager: top);
        var rep = Some.User(FirmRole.Rep, manager: middle);
        var outcome = Outcome.Report(OutcomeKind.AssetsDeposited, Money.Positive(1_000m, "CHF"), null, (await PersonAsync()).Id, null, rep.Id, Some.Now);
        await using (var db = database.NewDb())
        {
            db.AddRange(top, middle, rep, outcome);
            await db.SaveChangesAsync();
        }

        var decider = levelsUp == 1 ? middle : top;
        var error = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync($"""
            UPDATE cms.outcomes SET status = 'Confirmed', decided_by_id = '{decider.Id}', decided_at = now(), evidence = 'raw sql'
            WHERE id = '{outcome.Id}'
            """));

        Assert.Equal((PostgresErrorCodes.CheckViolation, "tr_outcomes_decider_is_independent"), (error.SqlState, error.ConstraintName));
        Assert.Contains("reporting line", error.MessageText);
        Assert.Equal("Reported", await database.ScalarAsync<string>($"SELECT status FROM cms.outcomes WHERE id = '{outcome.Id}'"));
    }

    [Fact]
    public async Task Database_RefusesADecisionByANonController_AndOneInsertedAlreadyDecidedByTheLine()
    {
        var manager = Some.User(FirmRole.Controller);
        var rep = Some.User(FirmRole.Rep, manager: manager);
        var otherRep = Some.User(FirmRole.Rep);
        var person = await PersonAsync();
        var outcome = Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(1_000m, "CHF"), null, person.Id, null, rep.Id, Some.Now);
        await using (var db = database.NewDb())
        {
            db.AddRange(manager, rep, otherRep, outcome);
            await db.SaveChangesAsync();
        }

        var byRep = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync(
            $"UPDATE cms.outcomes SET status = 'Rejected', decided_by_id = '{otherRep.Id}', decided_at = now(), decision_reason = 'x' WHERE id = '{outcome.Id}'"));
        Assert.Contains("only a controller", byRep.MessageText);

        var inserted = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync($"""
            INSERT INTO cms.outcomes (id, kind, amount, currency, party_id, reported_by_id, reported_at, status, decided_by_id, decided_at, evidence)
            VALUES ('{Guid.NewGuid()}', 'AssetsDeposited', 5, 'CHF', '{person.Id}', '{rep.Id}', now(), 'Confirmed', '{manager.Id}', now(), 'x')
            """));
        Assert.Equal("tr_outcomes_decider_is_independent", inserted.ConstraintName);
    }

    [Fact]
    public async Task Database_AcceptsADecisionByAnIndependentController()
    {
        var (_, outcome) = await ReportedAsync();
        var controller = Some.User(FirmRole.Controller);
        await using (var db = database.NewDb())
        {
            db.Add(controller);
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await database.ExecuteAsync(
            $"UPDATE cms.outcomes SET status = 'Confirmed', decided_by_id = '{controller.Id}', decided_at = now(), evidence = 'B-1' WHERE id = '{outcome.Id}'"));
    }

    private async Task<Domain.Clients.Person> PersonAsync()
    {
        var person = Some.Person();
        await using var db = database.NewDb();
        db.Add(person);
        await db.SaveChangesAsync();
        return person;
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
