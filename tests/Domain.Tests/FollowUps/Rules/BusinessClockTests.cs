using OutlookCms.Domain.Common;
using OutlookCms.Domain.FollowUps.Rules;

namespace OutlookCms.Domain.Tests.FollowUps.Rules;

public sealed class BusinessClockTests
{
    private static BusinessClock In(string zone) => new(TimeZoneInfo.FindSystemTimeZoneById(zone), new TimeOnly(9, 0), new TimeOnly(17, 0));

    [Fact]
    public void FridayAfternoon_PlusOneBusinessDay_IsMondayAfternoon()
    {
        var friday = new DateTimeOffset(2025, 3, 14, 16, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2025, 3, 17, 16, 0, 0, TimeSpan.Zero), In("Europe/London").AddBusinessHours(friday, 8));
    }

    [Fact]
    public void AnEmailWrittenAtNight_StartsCountingNextMorning()
    {
        var wednesdayNight = new DateTimeOffset(2025, 3, 12, 20, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2025, 3, 13, 13, 0, 0, TimeSpan.Zero), In("Europe/London").AddBusinessHours(wednesdayNight, 4));
    }

    [Fact]
    public void OverTheSpringDaylightSavingChange_TheWallClockHoursHold()
    {
        // Zurich moves to summer time on Sunday 29 March 2026: Friday 16:00 is 15:00Z, Monday 16:00 is 14:00Z.
        var friday = new DateTimeOffset(2026, 3, 27, 16, 0, 0, TimeSpan.FromHours(1));
        var due = In("Europe/Zurich").AddBusinessHours(friday, 8);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 14, 0, 0, TimeSpan.Zero), due.ToUniversalTime());
    }

    [Fact]
    public void OverTheAutumnChangeInNewYork_TheWallClockHoursHold()
    {
        // New York leaves daylight time on Sunday 1 November 2026: Friday 10:00 EDT is 14:00Z, Tuesday 10:00 EST is 15:00Z.
        var friday = new DateTimeOffset(2026, 10, 30, 10, 0, 0, TimeSpan.FromHours(-4));
        var due = In("America/New_York").AddBusinessHours(friday, 16);
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 15, 0, 0, TimeSpan.Zero), due.ToUniversalTime());
    }

    [Fact]
    public void TheSameInstant_FallsDueAtDifferentInstants_ForRepsInDifferentZones()
    {
        var written = new DateTimeOffset(2025, 3, 14, 17, 30, 0, TimeSpan.Zero); // after hours in London, 13:30 in New York
        Assert.Equal(new DateTimeOffset(2025, 3, 17, 10, 0, 0, TimeSpan.Zero), In("Europe/London").AddBusinessHours(written, 1));
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 18, 30, 0, TimeSpan.Zero), In("America/New_York").AddBusinessHours(written, 1).ToUniversalTime());
    }

    [Fact]
    public void AWorkdayEndingBeforeItStarts_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new BusinessClock(TimeZoneInfo.Utc, new TimeOnly(17, 0), new TimeOnly(9, 0)));
        Assert.Contains("end after it starts", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 24, "unansweredAfterBusinessHours")]
    [InlineData(8, 0, "meetingNotesAfterHours")]
    [InlineData(double.NaN, 24, "unansweredAfterBusinessHours")]
    public void BadRuleSettings_AreRefused_NamingTheSetting(double unansweredHours, double notesHours, string field)
    {
        var options = new FollowUpRuleOptions { UnansweredAfterBusinessHours = unansweredHours, MeetingNotesAfterHours = notesHours };
        var error = Assert.Throws<DomainRuleException>(options.Validate);
        Assert.Equal(field, error.Field);
        Assert.Contains("positive", error.Message, StringComparison.Ordinal);
    }
}
