namespace OutlookCms.Domain.Interactions;

public enum ParticipantRole
{
    From,
    To,
    Cc,
    Bcc,
    Organizer,
    Attendee,
}
