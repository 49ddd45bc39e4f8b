using OutlookCms.Domain.Imports;

namespace OutlookCms.Domain.Bookings;

/// <summary>
/// The booked-activity CSV: <c>account, party_id, household_id, booking_date, amount, currency, type</c> and an optional
/// <c>reference</c>. Each row names a party or a household (or both: then the party must belong to the household).
/// </summary>
public sealed class BookedActivityLayout : CsvLayout<BookedActivityRow>
{
    public static readonly BookedActivityLayout Instance = new();

    public override IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new("account"), new("party_id"), new("household_id"), new("booking_date"), new("amount"), new("currency"), new("type"),
        new("reference", Required: false),
    ];

    public override BookedActivityRow? Parse(CsvRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var account = record.Text("account", BookedActivity.AccountMaxLength);
        var reference = record.Text("reference", BookedActivity.ReferenceMaxLength, required: false) ?? "";
        var partyId = record.Guid("party_id", required: false);
        var householdId = record.Guid("household_id", required: false);
        if (record.Raw("party_id") is null && record.Raw("household_id") is null)
        {
            record.Error("party_id", "is empty and so is household_id; a booking names a party or a household");
        }

        var bookedOn = record.Date("booking_date");
        var amount = record.Decimal("amount");
        if (amount <= 0)
        {
            record.Error("amount", $"'{amount}' must be greater than zero (the type says which way the money went)");
        }

        var currency = record.Currency("currency");
        var type = record.Enum<BookingType>("type");
        return record.HasErrors || account is null || bookedOn is null || amount is null || currency is null || type is null
            ? null
            : new BookedActivityRow(account, reference, partyId, householdId, bookedOn.Value, amount.Value, currency, type.Value);
    }
}
