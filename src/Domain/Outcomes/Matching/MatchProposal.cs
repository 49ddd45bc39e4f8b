using OutlookCms.Domain.Bookings;

namespace OutlookCms.Domain.Outcomes.Matching;

/// <summary>The booking proposed as evidence for an outcome, and how close it is.</summary>
/// <param name="ViaHousehold">The booking is on another member's (or the household's) account, not the outcome's party's.</param>
/// <param name="AmountGap">|booked − reported| in the outcome's currency.</param>
/// <param name="DayGap">Days between the booking and the expected date.</param>
public sealed record MatchProposal(Guid OutcomeId, Guid BookingId, string Account, string Reference, DateOnly BookedOn, decimal Amount,
    string Currency, BookingType Type, bool ViaHousehold, decimal AmountGap, int DayGap);
