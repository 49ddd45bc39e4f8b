namespace OutlookCms.Domain.Bookings;

/// <summary>What a booking on a client account was; the type gives the direction, the amount is always positive.</summary>
public enum BookingType
{
    /// <summary>Cash paid in.</summary>
    Deposit,
    /// <summary>Securities or cash transferred in from another institution.</summary>
    TransferIn,
    Withdrawal,
    TransferOut,
    Other,
}

public static class BookingTypes
{
    /// <summary>Bookings that bring assets in: the only ones that can satisfy a pledge or a deposit.</summary>
    public static readonly IReadOnlyList<BookingType> Inflows = [BookingType.Deposit, BookingType.TransferIn];
}
