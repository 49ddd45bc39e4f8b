namespace OutlookCms.Domain.Bookings;

/// <summary>One parsed line of a booked-activity file.</summary>
public sealed record BookedActivityRow(string Account, string Reference, Guid? PartyId, Guid? HouseholdId, DateOnly BookedOn,
    decimal Amount, string Currency, BookingType Type);
