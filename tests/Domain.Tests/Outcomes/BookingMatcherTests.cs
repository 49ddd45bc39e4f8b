using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Bookings;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Outcomes;
using OutlookCms.Domain.Outcomes.Matching;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Outcomes;

/// <summary>Auto-match of reported pledges and deposits to booked account activity, on real PostgreSQL.</summary>
public sealed class BookingMatcherTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private static readonly DateOnly Expected = new(2025, 6, 30);
    private static readonly MatchingRules Rules = new() { AmountTolerancePercent = 2m, DaysBefore = 14, DaysAfter = 45 };
    private readonly Guid _importId = Guid.NewGuid();
    private FirmUser _rep = null!;
    private FirmUser _controller = null!;

    public async Task InitializeAsync()
    {
        _rep = Some.User(FirmRole.Rep);
        _controller = Some.User(FirmRole.Controller);
        await using (var db = database.NewDb())
        {
            db.AddRange(_rep, _controller);
            await db.SaveChangesAsync();
        }

        await database.ExecuteAsync($"""
            INSERT INTO cms.imports (id, kind, file_name, sha256, size_bytes, queued_at, status, rows_done, bytes_done, created, matched, rejected, errors_truncated, errors)
            VALUES ('{_importId}', 'booked-activity', 't.csv', '{new string('a', 63)}{Random.Shared.Next(10)}', 1, now(), 'Running', 0, 0, 0, 0, 0, false, '[]')
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Propose_TakesTheClosestInflowOnThePartysAccount_WithinToleranceAndWindow()
    {
        var person = await PersonAsync();
        var outcome = await ReportAsync(person.Id, 100_000m);
        await BookAsync(person.Id, null, Expected.AddDays(3), 97_000m);                    // 3 % off: outside the tolerance
        await BookAsync(person.Id, null, Expected.AddDays(46), 100_000m);                  // a day too late
        await BookAsync(person.Id, null, Expected.AddDays(-15), 100_000m);                 // a day too early
        await BookAsync(person.Id, null, Expected, 100_000m, "EUR");                       // other currency
        await BookAsync(person.Id, null, Expected, 100_000m, type: BookingType.Withdrawal); // money going out
        var near = await BookAsync(person.Id, null, Expected.AddDays(10), 100_500m);
        var nearest = await BookAsync(person.Id, null, Expected.AddDays(20), 100_100m);

        var proposal = (await ProposeAsync())[outcome.Id];

        Assert.Equal(nearest, proposal.BookingId);
        Assert.Equal((100m, 20, false), (proposal.AmountGap, proposal.DayGap, proposal.ViaHousehold));
        Assert.NotEqual(near, proposal.BookingId);
    }

    [Fact]
    public async Task Propose_FallsBackToTheHouseholdsAccounts_ButPrefersThePartysOwn()
    {
        var household = new Household(Some.Unique("Family"), Money.Of(0, "CHF"));
        var person = Some.Person();
        var spouse = Some.Person();
        person.JoinHousehold(household.Id);
        spouse.JoinHousehold(household.Id);
        await using (var db = database.NewDb())
        {
            db.AddRange(household, person, spouse);
            await db.SaveChangesAsync();
        }

        var first = await ReportAsync(person.Id, 50_000m);
        var spouses = await BookAsync(spouse.Id, null, Expected, 50_000m);
        Assert.Equal((spouses, true), ((await ProposeAsync())[first.Id].BookingId, (await ProposeAsync())[first.Id].ViaHousehold));

        var own = await BookAsync(person.Id, null, Expected.AddDays(30), 50_900m);
        Assert.Equal(own, (await ProposeAsync())[first.Id].BookingId);

        var householdsOwn = await BookAsync(null, household.Id, Expected, 50_000m);
        var second = await ReportAsync(spouse.Id, 50_000m, Expected.AddDays(1));
        var proposals = await ProposeAsync();
        Assert.Equal(own, proposals[first.Id].BookingId);
        // The spouse's own booking is theirs; the household's booking (same amount, a day off) is only second best.
        Assert.Equal(spouses, proposals[second.Id].BookingId);
        Assert.NotEqual(householdsOwn, proposals[second.Id].BookingId);
    }

    [Fact]
    public async Task Propose_NeverGivesOneBookingToTwoOutcomes()
    {
        var person = await PersonAsync();
        var earlier = await ReportAsync(person.Id, 10_000m, Expected);
        var later = await ReportAsync(person.Id, 10_000m, Expected.AddDays(5));
        var only = await BookAsync(person.Id, null, Expected.AddDays(2), 10_000m);

        var proposals = await ProposeAsync();
        Assert.Equal(only, proposals[earlier.Id].BookingId);
        Assert.False(proposals.ContainsKey(later.Id));

        var second = await BookAsync(person.Id, null, Expected.AddDays(6), 10_000m);
        proposals = await ProposeAsync();
        Assert.Equal((only, second), (proposals[earlier.Id].BookingId, proposals[later.Id].BookingId));
    }

    [Fact]
    public async Task ABookingThatConfirmedAnOutcome_IsNotProposedAgain_AndCannotConfirmAnother()
    {
        var person = await PersonAsync();
        var first = await ReportAsync(person.Id, 7_000m);
        var second = await ReportAsync(person.Id, 7_000m, Expected.AddDays(1));
        var booking = await BookAsync(person.Id, null, Expected, 7_000m);

        await using (var db = database.NewDb())
        {
            var outcome = await db.Outcomes.SingleAsync(o => o.Id == first.Id);
            outcome.Confirm(_controller, await db.ReportingLineOfAsync(_rep.Id, default), await db.BookedActivities.SingleAsync(b => b.Id == booking), "checked", Some.Now);
            await db.SaveChangesAsync();
            Assert.Contains("Deposit 7000.00 CHF (checked)", outcome.Evidence);
        }

        Assert.False((await ProposeAsync()).ContainsKey(second.Id));
        await using var again = database.NewDb();
        var other = await again.Outcomes.SingleAsync(o => o.Id == second.Id);
        other.Confirm(_controller, await again.ReportingLineOfAsync(_rep.Id, default), await again.BookedActivities.SingleAsync(b => b.Id == booking), null, Some.Now);
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
        Assert.Equal(PostgresErrorCodes.UniqueViolation, ((PostgresException)error.InnerException!).SqlState);
    }

    [Fact]
    public async Task Confirm_RefusesABookingThatBringsNothingIn_OrIsInAnotherCurrency()
    {
        var person = await PersonAsync();
        var outcome = await ReportAsync(person.Id, 1_000m);
        var withdrawal = await BookAsync(person.Id, null, Expected, 1_000m, type: BookingType.Withdrawal);
        var euros = await BookAsync(person.Id, null, Expected.AddDays(1), 1_000m, "EUR");

        await using var db = database.NewDb();
        var line = await db.ReportingLineOfAsync(_rep.Id, default);
        var stored = await db.Outcomes.SingleAsync(o => o.Id == outcome.Id);
        foreach (var id in new[] { withdrawal, euros })
        {
            var booking = await db.BookedActivities.SingleAsync(b => b.Id == id);
            Assert.Equal("bookingId", Assert.Throws<DomainRuleException>(() => stored.Confirm(_controller, line, booking, null, Some.Now)).Field);
        }
    }

    private async Task<IReadOnlyDictionary<Guid, MatchProposal>> ProposeAsync()
    {
        await using var db = database.NewDb();
        return await BookingMatcher.ProposeAsync(db, Rules, CancellationToken.None);
    }

    private async Task<Person> PersonAsync()
    {
        var person = Some.Person();
        await using var db = database.NewDb();
        db.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    private async Task<Outcome> ReportAsync(Guid partyId, decimal amount, DateOnly? expected = null)
    {
        var outcome = Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(amount, "CHF"), expected ?? Expected, partyId, null, _rep.Id, Some.Now);
        await using var db = database.NewDb();
        db.Add(outcome);
        await db.SaveChangesAsync();
        return outcome;
    }

    private async Task<Guid> BookAsync(Guid? partyId, Guid? householdId, DateOnly on, decimal amount, string currency = "CHF", BookingType type = BookingType.Deposit)
    {
        var id = Guid.CreateVersion7();
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO cms.booked_activities (id, account, reference, party_id, household_id, booked_on, amount, currency, type, import_id)
            VALUES (@id, 'ACC-1', @reference, @party, @household, @on, @amount, @currency, @type, @import)
            """, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("reference", id.ToString());
        command.Parameters.AddWithValue("party", (object?)partyId ?? DBNull.Value);
        command.Parameters.AddWithValue("household", (object?)householdId ?? DBNull.Value);
        command.Parameters.AddWithValue("on", on);
        command.Parameters.AddWithValue("amount", amount);
        command.Parameters.AddWithValue("currency", currency);
        command.Parameters.AddWithValue("type", type.ToString());
        command.Parameters.AddWithValue("import", _importId);
        await command.ExecuteNonQueryAsync();
        return id;
    }
}
