namespace OutlookCms.Domain.Bookings;

/// <summary>
/// A booking on a client account, as the firm's books record it, imported from a controller's CSV file: the evidence
/// an outcome is confirmed against. Written only by the import (in bulk, by COPY), never edited; the import it came
/// from is its audit trail. Its natural key (account, reference, booking date, type, amount, currency) makes the same
/// booking imported twice one row.
/// </summary>
public sealed class BookedActivity
{
    public const int AccountMaxLength = 64;
    public const int ReferenceMaxLength = 64;

    private BookedActivity() { }

    public Guid Id { get; private set; }

    public string Account { get; private set; } = "";

    /// <summary>The booking's reference in the books; empty when the file gave none.</summary>
    public string Reference { get; private set; } = "";

    public Guid? PartyId { get; private set; }

    public Guid? HouseholdId { get; private set; }

    public DateOnly BookedOn { get; private set; }

    /// <summary>numeric(18,2), always &gt; 0; <see cref="Type"/> says which way it went.</summary>
    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";

    public BookingType Type { get; private set; }

    public Guid ImportId { get; private set; }
}
