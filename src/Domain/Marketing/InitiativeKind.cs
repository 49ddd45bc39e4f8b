namespace OutlookCms.Domain.Marketing;

public enum InitiativeKind
{
    Sponsorship,
    Event,
    Promotion,
    Mailing,
}
