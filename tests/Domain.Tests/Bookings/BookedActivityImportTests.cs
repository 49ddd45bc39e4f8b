using System.Text;
using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Bookings;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Imports;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Bookings;

/// <summary>Booked account activity imported from CSV on real PostgreSQL: good files, malformed ones, and re-imports.</summary>
public sealed class BookedActivityImportTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string Header = "account,party_id,household_id,booking_date,amount,currency,type\n";

    [Fact]
    public async Task Import_StoresEachBooking_WithItsPartyOrHousehold()
    {
        var (person, household, member) = await ClientsAsync();
        var account = Some.Unique("ACC");
        var import = await ImportAsync(Header
            + $"{account},{person.Id},,2025-04-01,250000.00,CHF,Deposit\n"
            + $"{account},,{household.Id},2025-04-02,1000,EUR,transferin\n"
            + $"{account},{member.Id},{household.Id},2025-04-03,99.95,USD,Withdrawal\n");

        Assert.Equal(ImportStatus.Succeeded, import.Status);
        Assert.Equal((3L, 0L), (import.Created, import.Matched));
        await using var db = database.NewDb();
        var stored = await db.BookedActivities.Where(b => b.Account == account).OrderBy(b => b.BookedOn).ToListAsync();
        Assert.Equal([BookingType.Deposit, BookingType.TransferIn, BookingType.Withdrawal], stored.Select(b => b.Type));
        Assert.Equal((person.Id, (Guid?)null, 250_000m, "CHF"), (stored[0].PartyId, stored[0].HouseholdId, stored[0].Amount, stored[0].Currency));
        Assert.Equal(household.Id, stored[1].HouseholdId);
        Assert.All(stored, b => Assert.Equal(import.Id, b.ImportId));
    }

    [Fact]
    public async Task Import_OfTheSameBookingsInAnotherFile_MatchesThem_AndAddsOnlyTheNewOnes()
    {
        var (person, _, _) = await ClientsAsync();
        var account = Some.Unique("ACC");
        var first = await ImportAsync(Header + $"{account},{person.Id},,2025-05-01,100,CHF,Deposit\n");
        var second = await ImportAsync("type,currency,amount,booking_date,household_id,party_id,account\n"
            + $"Deposit,CHF,100.00,2025-05-01,,{person.Id},{account}\n"
            + $"Deposit,CHF,200,2025-05-02,,{person.Id},{account}\n");
        var third = await ImportAsync(Header + $"{account},{person.Id},,2025-05-01,100,CHF,Deposit\n");

        Assert.Equal((ImportStatus.Succeeded, 1L, 1L), (second.Status, second.Created, second.Matched));
        Assert.Equal((ImportStatus.AlreadyImported, first.Id), (third.Status, third.SameAsImportId!.Value));
        await using var db = database.NewDb();
        Assert.Equal(2, await db.BookedActivities.CountAsync(b => b.Account == account));
    }

    [Fact]
    public async Task Import_KeepsTwoEqualBookingsApart_WhenTheirReferencesDiffer()
    {
        var (person, _, _) = await ClientsAsync();
        var account = Some.Unique("ACC");
        var import = await ImportAsync("account,party_id,household_id,booking_date,amount,currency,type,reference\n"
            + $"{account},{person.Id},,2025-05-01,100,CHF,Deposit,R-1\n"
            + $"{account},{person.Id},,2025-05-01,100,CHF,Deposit,R-2\n");

        Assert.Equal((ImportStatus.Succeeded, 2L), (import.Status, import.Created));
    }

    [Fact]
    public async Task Import_RefusesWrongColumns_NamingThem()
    {
        var import = await ImportAsync("account,party,booking_date,amount,currency,kind\nA,x,2025-01-01,1,CHF,Deposit\n");

        var error = Assert.Single(import.Errors);
        Assert.Equal((ImportStatus.Rejected, 1L), (import.Status, error.Line));
        Assert.Contains("missing columns: party_id, household_id, type", error.Reason);
        Assert.Contains("unknown columns: party, kind", error.Reason);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData(Header, "the file has a header but no rows")]
    public async Task Import_RefusesAFileWithoutRows(string content, string reason)
    {
        var import = await ImportAsync(content);

        Assert.Equal(ImportStatus.Rejected, import.Status);
        Assert.Contains(reason, Assert.Single(import.Errors).Reason);
    }

    [Fact]
    public async Task Import_ReportsEveryBadValueWithLineAndColumn_AndStoresNothing()
    {
        var (person, household, _) = await ClientsAsync();
        var account = Some.Unique("ACC");
        var import = await ImportAsync(Header
            + $"{account},{person.Id},,2025-06-01,100,CHF,Deposit\n"
            + $"{account},{person.Id},,2025-06-31,100,CHF,Deposit\n"
            + $"{account},{person.Id},,01.06.2025,1'000,chf,Deposit\n"
            + $"{account},{person.Id},,2025-06-02,-5,CHF,Deposit\n"
            + $"{account},{person.Id},,2025-06-02,5.001,EURO,Gift\n"
            + $"{account},,,2025-06-02,5,CHF,Deposit\n"
            + $"{account},not-a-guid,{household.Id},2025-06-02,5,CHF,Deposit\n");

        Assert.Equal(ImportStatus.Rejected, import.Status);
        Assert.Equal(6L, import.Rejected);
        Assert.Equal(
        [
            (3L, "booking_date"), (4L, "booking_date"), (4L, "amount"), (4L, "currency"), (5L, "amount"),
            (6L, "amount"), (6L, "currency"), (6L, "type"), (7L, "party_id"), (8L, "party_id"),
        ], import.Errors.Select(e => (e.Line, e.Column!)));
        Assert.Contains("is not one of Deposit, TransferIn", import.Errors.Single(e => e.Column == "type").Reason);
        await using var db = database.NewDb();
        Assert.False(await db.BookedActivities.AnyAsync(b => b.Account == account));
    }

    [Fact]
    public async Task Import_RefusesUnknownParties_AndHouseholds_AndAPartyOutsideTheHouseholdNamed()
    {
        var (person, household, member) = await ClientsAsync();
        var account = Some.Unique("ACC");
        var ghost = Guid.NewGuid();
        var import = await ImportAsync(Header
            + $"{account},{member.Id},{household.Id},2025-07-01,1,CHF,Deposit\n"
            + $"{account},{ghost},,2025-07-02,1,CHF,Deposit\n"
            + $"{account},,{ghost},2025-07-03,1,CHF,Deposit\n"
            + $"{account},{person.Id},{household.Id},2025-07-04,1,CHF,Deposit\n");

        Assert.Equal(ImportStatus.Rejected, import.Status);
        Assert.Equal(
        [
            (3L, "party_id", $"no party {ghost} is known"),
            (4L, "household_id", $"no household {ghost} is known"),
            (5L, "party_id", $"party {person.Id} is not a member of household {household.Id}"),
        ], import.Errors.OrderBy(e => e.Line).Select(e => (e.Line, e.Column!, e.Reason)));
        await using var db = database.NewDb();
        Assert.False(await db.BookedActivities.AnyAsync(b => b.Account == account));
    }

    [Fact]
    public async Task Import_RefusesTheSameBookingTwiceInOneFile_NamingTheFirst()
    {
        var (person, _, _) = await ClientsAsync();
        var account = Some.Unique("ACC");
        var import = await ImportAsync(Header
            + $"{account},{person.Id},,2025-08-01,10,CHF,Deposit\n"
            + $"{account},{person.Id},,2025-08-02,10,CHF,Deposit\n"
            + $"{account},{person.Id},,2025-08-01,10.00,CHF,deposit\n");

        Assert.Equal(ImportStatus.Rejected, import.Status);
        var error = Assert.Single(import.Errors);
        Assert.Equal(4L, error.Line);
        Assert.Contains("is the same booking as line 2", error.Reason);
    }

    private async Task<Import> ImportAsync(string content)
    {
        using var file = await ImportFile.SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), "bookings.csv", CancellationToken.None);
        await using var handler = new BookedActivityImport();
        return await new ImportRunner(() => database.NewDb(), TimeProvider.System).ImportAsync(handler, file, null, CancellationToken.None);
    }

    private async Task<(Person Person, Household Household, Person Member)> ClientsAsync()
    {
        var household = new Household(Some.Unique("Family"), Money.Of(1_000_000m, "CHF"));
        var person = Some.Person();
        var member = Some.Person();
        member.JoinHousehold(household.Id);
        await using var db = database.NewDb();
        db.AddRange(household, person, member);
        await db.SaveChangesAsync();
        return (person, household, member);
    }
}
