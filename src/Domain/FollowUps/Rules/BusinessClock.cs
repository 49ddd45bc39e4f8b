namespace OutlookCms.Domain.FollowUps.Rules;

/// <summary>
/// Business hours in one rep's time zone: Monday to Friday between the workday's start and end, on the wall clock, so
/// a daylight-saving change moves the UTC instants but never the hours a rep works. Public holidays are not modelled.
/// </summary>
public sealed class BusinessClock
{
    private readonly TimeZoneInfo zone;
    private readonly TimeSpan dayStart;
    private readonly TimeSpan dayEnd;

    public BusinessClock(TimeZoneInfo zone, TimeOnly dayStart, TimeOnly dayEnd)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (dayEnd <= dayStart)
        {
            throw new Common.DomainRuleException($"The workday must end after it starts (got {dayStart:HH\\:mm}–{dayEnd:HH\\:mm}).", "workdayEnd");
        }

        this.zone = zone;
        this.dayStart = dayStart.ToTimeSpan();
        this.dayEnd = dayEnd.ToTimeSpan();
    }

    /// <summary>The zone of a rep's <c>TimeZoneId</c>; UTC when the id is unknown here, so a typo never stops the rules.</summary>
    public static TimeZoneInfo ZoneOf(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The instant <paramref name="hours"/> business hours after <paramref name="from"/>.</summary>
    public DateTimeOffset AddBusinessHours(DateTimeOffset from, double hours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        var local = TimeZoneInfo.ConvertTime(from, zone).DateTime;
        var remaining = TimeSpan.FromHours(hours);
        while (true)
        {
            local = StartOfBusiness(local);
            var leftToday = local.Date + dayEnd - local;
            if (remaining <= leftToday)
            {
                return ToInstant(local + remaining);
            }

            remaining -= leftToday;
            local = local.Date.AddDays(1) + dayStart;
        }
    }

    /// <summary>The first business moment at or after a wall-clock time.</summary>
    private DateTime StartOfBusiness(DateTime local)
    {
        while (true)
        {
            if (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || local.TimeOfDay >= dayEnd)
            {
                local = local.Date.AddDays(1) + dayStart;
                continue;
            }

            return local.TimeOfDay < dayStart ? local.Date + dayStart : local;
        }
    }

    private DateTimeOffset ToInstant(DateTime wall)
    {
        // A workday that starts inside a spring-forward gap begins when the clock exists again.
        while (zone.IsInvalidTime(wall))
        {
            wall = wall.AddMinutes(30);
        }

        return new DateTimeOffset(wall, zone.GetUtcOffset(wall));
    }
}
