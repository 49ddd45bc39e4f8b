using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.FollowUps.Rules;

/// <summary>The follow-up rules' settings (configuration section <c>FollowUps</c>); <see cref="Validate"/> refuses nonsense.</summary>
public sealed class FollowUpRuleOptions
{
    public const string Section = "FollowUps";

    /// <summary>A client's email unanswered by any rep for this many business hours (owner's zone) becomes a follow-up.</summary>
    public double UnansweredAfterBusinessHours { get; set; } = 8;

    /// <summary>A client meeting without notes or an outcome this many hours after it ended becomes a follow-up.</summary>
    public double MeetingNotesAfterHours { get; set; } = 24;

    /// <summary>How far back the rules look for emails and meetings (older ones were decided by earlier runs).</summary>
    public int LookbackDays { get; set; } = 30;

    public TimeOnly WorkdayStart { get; set; } = new(9, 0);

    public TimeOnly WorkdayEnd { get; set; } = new(17, 0);

    /// <summary>Overdue by more than this many days: the follow-up also goes to the owner's manager's digest.</summary>
    public int EscalateAfterDays { get; set; } = 3;

    public FollowUpRuleOptions Validate()
    {
        Positive(UnansweredAfterBusinessHours, "unansweredAfterBusinessHours");
        Positive(MeetingNotesAfterHours, "meetingNotesAfterHours");
        Positive(LookbackDays, "lookbackDays");
        Positive(EscalateAfterDays, "escalateAfterDays");
        if (WorkdayEnd <= WorkdayStart)
        {
            throw new DomainRuleException($"The workday must end after it starts (got {WorkdayStart:HH\\:mm}–{WorkdayEnd:HH\\:mm}).", "workdayEnd");
        }

        return this;
    }

    private static void Positive(double value, string field)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new DomainRuleException($"{field} must be a positive number (got {value}).", field);
        }
    }
}
