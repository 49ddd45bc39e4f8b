namespace OutlookCms.Domain.Seeding;

/// <summary>
/// Turns "the 40th business day before now, 10:30 in Zurich" into a UTC instant. Reps work in their own time zones, so
/// the history has Zurich mornings and New York afternoons and moves with daylight saving time like real mail does.
/// </summary>
internal sealed class SeedClock
{
    // Keyed by reference: TimeZoneInfo hashes its id upper-cased, a string allocation per lookup.
    private readonly Dictionary<TimeZoneInfo, Dictionary<DateOnly, TimeSpan>> _offsets = new(ReferenceEqualityComparer.Instance);

    public SeedClock(DateTimeOffset now) => Now = now;

    public DateTimeOffset Now { get; }

    public static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    public DateOnly Today(TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, zone).DateTime);

    /// <summary>The instant of a local wall-clock time (business hours only, so never in a DST gap).</summary>
    public DateTimeOffset At(TimeZoneInfo zone, DateOnly date, int minuteOfDay, int second = 0)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).AddMinutes(minuteOfDay).AddSeconds(second);
        return new DateTimeOffset(local - Offset(zone, date), TimeSpan.Zero);
    }

    /// <summary>The local wall-clock time of an instant (exact except in the small hours of a DST change).</summary>
    public DateTime Local(TimeZoneInfo zone, DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return utc + Offset(zone, DateOnly.FromDateTime(utc));
    }

    /// <summary>The zone's offset from UTC at noon of a date, cached: conversions run millions of times at scale 20.</summary>
    private TimeSpan Offset(TimeZoneInfo zone, DateOnly date)
    {
        if (!_offsets.TryGetValue(zone, out var offsets))
        {
            offsets = [];
            _offsets[zone] = offsets;
        }

        if (!offsets.TryGetValue(date, out var offset))
        {
            offset = zone.GetUtcOffset(date.ToDateTime(new TimeOnly(12, 0)));
            offsets[date] = offset;
        }

        return offset;
    }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>The date itself when it is a weekday, else the Friday before.</summary>
    public static DateOnly OnOrBeforeWeekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(-2),
        _ => date,
    };

    /// <summary>The date itself when it is a weekday, else the Monday after.</summary>
    public static DateOnly OnOrAfterWeekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    /// <summary>The same time one business day later (Friday → Monday).</summary>
    public static DateTimeOffset NextBusinessDay(DateTimeOffset at)
    {
        var next = at.AddDays(1);
        return next.DayOfWeek switch
        {
            DayOfWeek.Saturday => next.AddDays(2),
            DayOfWeek.Sunday => next.AddDays(1),
            _ => next,
        };
    }
}
