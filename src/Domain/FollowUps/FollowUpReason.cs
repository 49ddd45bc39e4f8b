namespace OutlookCms.Domain.FollowUps;

public enum FollowUpReason
{
    UnansweredEmail,
    MeetingWithoutNotes,
    CadenceDue,
    Manual,
}
